package org.oversightportal.comments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.FormBinding;

/** A comment's receipt and status by tracking number, and the list of open comment periods. */
@Produces(MediaType.TEXT_HTML)
@Path("/comments")
public class CommentResource {

    static final String TRACKING_PATTERN = "PC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(PublicComment comment, boolean isNew);

        static native TemplateInstance lookup(String tracking, boolean notFound);

        static native TemplateInstance periods(List<CommentPeriod> periods);
    }

    @Inject
    CommentService comments;

    @Inject
    Clock clock;

    @GET
    public Response lookup(@RestQuery String tracking) {
        if (FormBinding.isBlank(tracking)) {
            return Response.ok(Templates.lookup(null, false)).build();
        }
        String normalized = tracking.strip().toUpperCase(java.util.Locale.ROOT);
        if (normalized.matches(TRACKING_PATTERN) && PublicComment.findByTrackingNumber(normalized).isPresent()) {
            return Response.seeOther(URI.create("/comments/" + normalized)).build();
        }
        return Response.status(404).entity(Templates.lookup(tracking, true))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("{tracking}")
    public TemplateInstance receipt(@RestPath String tracking, @RestQuery("new") boolean isNew) {
        if (!tracking.matches(TRACKING_PATTERN)) {
            throw new NotFoundException();
        }
        PublicComment comment = PublicComment.findByTrackingNumber(tracking).orElseThrow(NotFoundException::new);
        return Templates.receipt(comment, isNew);
    }

    @GET
    @Path("open")
    public TemplateInstance periods() {
        List<CommentPeriod> open = CommentPeriod.list("""
                select p from CommentPeriod p join fetch p.disclosure d join fetch d.agency
                where p.opensAt <= ?1 and p.closesAt > ?1 order by p.closesAt, p.id""", Instant.now(clock));
        return Templates.periods(open);
    }
}
