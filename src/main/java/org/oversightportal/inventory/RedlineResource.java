package org.oversightportal.inventory;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The public redline between two revisions of a disclosure (by default, the last two). */
@Path("/technologies/{slug}/changes")
@Produces(MediaType.TEXT_HTML)
public class RedlineResource {

    @CheckedTemplate(basePath = "inventory")
    static class Templates {
        static native TemplateInstance redline(Disclosure d, List<RevisionInfo> revisions, RevisionInfo from,
                RevisionInfo to, List<Redline.Change> changes);
    }

    @Inject
    EntityManager em;

    @GET
    public TemplateInstance redline(@RestPath String slug, @RestQuery Integer from, @RestQuery Integer to) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        List<RevisionInfo> revisions = RevisionInfo.of(d);
        if (revisions.size() < 2) {
            return Templates.redline(d, revisions, null, null, List.of());
        }
        RevisionInfo newer = pick(revisions, to, revisions.get(0));
        RevisionInfo older = pick(revisions, from, revisions.get(1));
        if (older.revision() > newer.revision()) {
            RevisionInfo swap = older;
            older = newer;
            newer = swap;
        }
        var reader = AuditReaderFactory.get(em);
        Disclosure a = reader.find(Disclosure.class, d.id, older.envRevision());
        Disclosure b = reader.find(Disclosure.class, d.id, newer.envRevision());
        return Templates.redline(d, revisions, older, newer, Redline.between(a, b));
    }

    private static RevisionInfo pick(List<RevisionInfo> revisions, Integer number, RevisionInfo fallback) {
        if (number == null) {
            return fallback;
        }
        return revisions.stream().filter(r -> r.revision() == number).findFirst().orElseThrow(NotFoundException::new);
    }
}
