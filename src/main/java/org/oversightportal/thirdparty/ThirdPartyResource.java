package org.oversightportal.thirdparty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.Labelled;

/**
 * The public list of what third parties report: every entry with where it stands with the agency,
 * kept apart from the inventory of the agencies' own disclosures.
 */
@Path("/third-party-reports")
@Produces(MediaType.TEXT_HTML)
public class ThirdPartyResource {

    /** How many entries the page shows; the filters narrow it. */
    static final int LIMIT = 500;

    @CheckedTemplate(basePath = "thirdparty")
    static class Templates {
        static native TemplateInstance list(List<ThirdPartyEntry> entries, EntryStatus status, EntryStatus[] statuses,
                long total, int limit);
    }

    @GET
    public TemplateInstance list(@RestQuery String status) {
        EntryStatus wanted = Labelled.fromCode(EntryStatus.class, status);
        long total = wanted == null ? ThirdPartyEntry.count() : ThirdPartyEntry.count("status", wanted);
        return Templates.list(ThirdPartyEntry.listPublic(wanted, LIMIT), wanted, EntryStatus.values(), total, LIMIT);
    }
}
