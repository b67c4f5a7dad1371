package org.oversightportal.comments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.SqlValues;
import org.oversightportal.common.FormBinding;

/**
 * Agency staff read the comments on their own agency's disclosures, answer individual comments, and,
 * once a period has closed, publish the agency's official response to its comments.
 */
@Path("/staff/comments")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.TEXT_HTML)
public class StaffCommentsResource {

    /** A row of the staff member's list of periods. */
    public record PeriodRow(long id, String slug, String name, Instant opensAt, Instant closesAt, long received,
            long waiting, long published, long answered, boolean responded) {
    }

    /** The answer being written, when one came back with an error: its text is kept. */
    public record AnswerState(String tracking, String text, FieldErrors errors) {
        public FieldErrors.FieldError errorFor(String trackingNumber) {
            return trackingNumber.equals(tracking) ? errors.get("text") : null;
        }

        public String textFor(String trackingNumber, String stored) {
            String value = trackingNumber.equals(tracking) ? text : stored;
            return value == null ? "" : value;
        }
    }

    @CheckedTemplate(basePath = "comments/staff")
    static class Templates {
        static native TemplateInstance list(Agency agency, List<PeriodRow> periods, Instant now);

        static native TemplateInstance period(CommentPeriod period, boolean open, CommentResponse response,
                String responseText, FieldErrors responseErrors, CommentThread.Page thread, AnswerState answer,
                String notice);
    }

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    ResponseService responses;

    @Inject
    CommentThread thread;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list() {
        Agency agency = myAgency();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, d.slug, d.name, p.opens_at, p.closes_at, count(c.id),
                       count(c.id) filter (where c.status in ('PENDING', 'FLAGGED')),
                       count(c.id) filter (where c.status = 'PUBLISHED'),
                       count(c.id) filter (where c.status = 'PUBLISHED' and c.agency_answer is not null),
                       exists (select 1 from comment_response r where r.period_id = p.id)
                from comment_period p
                join disclosure d on d.id = p.disclosure_id
                left join public_comment c on c.period_id = p.id
                where d.agency_id = :agency
                group by p.id, d.slug, d.name, p.opens_at, p.closes_at
                order by p.closes_at desc, p.id""").setParameter("agency", agency.id).getResultList();
        List<PeriodRow> periods = new ArrayList<>();
        for (Object[] r : rows) {
            periods.add(new PeriodRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    SqlValues.instant(r[3]), SqlValues.instant(r[4]), ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                    Boolean.TRUE.equals(r[9])));
        }
        return Templates.list(agency, periods, Instant.now(clock));
    }

    @GET
    @Path("{id}")
    public TemplateInstance period(@RestPath long id, @RestQuery int page, @RestQuery String notice) {
        CommentPeriod period = responses.ownPeriod(id);
        CommentResponse response = responseOf(period);
        return page(period, response, response == null ? null : response.bodyMarkdown, FieldErrors.none(), page,
                null, null, FieldErrors.none(), "saved".equals(notice) ? "notice_saved" : null);
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response respond(@RestPath long id, @RestForm String body) {
        body = body == null ? null : FormBinding.normalizeNewlines(body);
        FieldErrors errors = responses.respond(id, body);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/comments/" + id + "?notice=saved#response")).build();
        }
        CommentPeriod period = responses.ownPeriod(id);
        return invalid(page(period, responseOf(period), body, errors, 1, null, null, FieldErrors.none(), null));
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@RestPath long id, @RestForm String tracking, @RestForm String text, @RestForm int page) {
        responses.ownPeriod(id);
        if (tracking == null || !tracking.matches(CommentResource.TRACKING_PATTERN)) {
            // Only a tampered form names no comment: back to the period's page.
            return Response.seeOther(URI.create("/staff/comments/" + id)).build();
        }
        text = text == null ? null : FormBinding.normalizeNewlines(text);
        FieldErrors errors = responses.answer(id, tracking, text);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/comments/" + id + "?page=" + Math.max(1, page)
                    + "&notice=saved#c-" + tracking)).build();
        }
        CommentPeriod period = responses.ownPeriod(id);
        CommentResponse response = responseOf(period);
        return invalid(page(period, response, response == null ? null : response.bodyMarkdown, FieldErrors.none(),
                page, tracking, text, errors, null));
    }

    private TemplateInstance page(CommentPeriod period, CommentResponse response, String responseText,
            FieldErrors responseErrors, int page, String answerFor, String answerText, FieldErrors answerErrors,
            String notice) {
        return Templates.period(period, period.isOpenAt(Instant.now(clock)), response, responseText, responseErrors,
                thread.page(period, page), new AnswerState(answerFor, answerText, answerErrors), notice);
    }

    private static CommentResponse responseOf(CommentPeriod period) {
        return CommentResponse.<CommentResponse>find("period", period).firstResultOptional().orElse(null);
    }

    private Agency myAgency() {
        return Agency.findById(user.requireAgency().id());
    }

    private static Response invalid(TemplateInstance page) {
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
