package org.oversightportal.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.board.BoardReview;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.comments.PublicComment;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.reports.AnnualReport;

/**
 * The oversight record, version 1: annual use reports, the board's decisions, comment periods and the
 * published comments (a removed comment appears as a placeholder with its reason, never its text; no
 * email address ever appears).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Oversight record", description = "Annual use reports, decisions, comment periods and public comments")
public class OversightApi {

    @Schema(description = "A submitted annual use report.")
    public record Report(
            @Schema(description = "The technology reported on") TechnologyApi.Ref technology,
            @Schema(description = "The agency that filed it") TechnologyApi.Ref agency,
            @Schema(description = "The year reported on") int reportingYear,
            @Schema(description = "Revision of the report (amendments raise it)") int revision,
            @Schema(description = "When this revision was submitted", nullable = true) Instant submittedAt,
            @Schema(description = "How the technology was used") String usageSummary,
            @Schema(description = "What data was collected", nullable = true) String dataCollected,
            @Schema(description = "Whether data on people not suspected of anything was captured (yes, no, unknown)", nullable = true) String capturedNonSuspects,
            @Schema(description = "Counts of use, each with its label") List<UsageCount> usageCounts,
            @Schema(description = "With whom data was shared") List<Sharing> sharing,
            @Schema(description = "Complaints received", nullable = true) Integer complaintsCount,
            @Schema(description = "Violations of the use policy", nullable = true) Integer violationsCount,
            @Schema(description = "Data breaches", nullable = true) Integer breachesCount,
            @Schema(description = "Public records requests about it", nullable = true) Integer recordsRequestsCount,
            @Schema(description = "Total annual cost, in the jurisdiction's currency", nullable = true) BigDecimal totalCost,
            @Schema(description = "The agency's account of its effectiveness", nullable = true) String effectiveness,
            @Schema(description = "Its public page") String url) {
    }

    @Schema(description = "A count in an annual report.")
    public record UsageCount(
            @Schema(description = "What was counted, as the agency named it") String label,
            @Schema(description = "How many") long count) {
    }

    @Schema(description = "A recipient the agency shared data with, in an annual report.")
    public record Sharing(
            @Schema(description = "Who received data") String recipient,
            @Schema(description = "How often", nullable = true) String frequency,
            @Schema(description = "What data", nullable = true) String dataTypes,
            @Schema(description = "The legal standard required before sharing", nullable = true) String legalStandard) {
    }

    @Schema(description = "A decision of the oversight body, on a disclosure or on an annual report.")
    public record DecisionRecord(
            @Schema(description = "Identifier of the decision") long id,
            @Schema(description = "The technology decided on") TechnologyApi.Ref technology,
            @Schema(description = "The agency") TechnologyApi.Ref agency,
            @Schema(description = "What was decided on: disclosure or annual_report") String subject,
            @Schema(description = "Revision of the disclosure decided on", nullable = true) Integer disclosureRevision,
            @Schema(description = "Year of the annual report decided on", nullable = true) Integer reportingYear,
            @Schema(description = "Decision code: approve, approve_with_conditions, request_changes, reject; for reports continue, modify, cease") String decision,
            @Schema(description = "Conditions attached") List<String> conditions,
            @Schema(description = "Date of the hearing (ISO 8601)", nullable = true) String hearingDate,
            @Schema(description = "True when decided on the consent agenda, without a roll-call vote") boolean consentAgenda,
            @Schema(description = "Votes for", nullable = true) Integer votesFor,
            @Schema(description = "Votes against", nullable = true) Integer votesAgainst,
            @Schema(description = "Abstentions", nullable = true) Integer votesAbstain,
            @Schema(description = "Resolution or ordinance number", nullable = true) String legislation,
            @Schema(description = "The reasons given", nullable = true) String rationale,
            @Schema(description = "When it was recorded", nullable = true) Instant decidedAt) {
    }

    @Schema(description = "One page of decisions, newest first.")
    public record DecisionPage(
            @Schema(description = "The decisions of this page") List<DecisionRecord> items,
            @Schema(description = "The page size used") int limit,
            @Schema(description = "Pass as cursor= to read the next page; null on the last page", nullable = true) String nextCursor) {
    }

    @Schema(description = "A public comment period on a disclosure.")
    public record Period(
            @Schema(description = "Identifier of the period") long id,
            @Schema(description = "The technology it is about") TechnologyApi.Ref technology,
            @Schema(description = "The agency") TechnologyApi.Ref agency,
            @Schema(description = "When it opens") Instant opensAt,
            @Schema(description = "When it closes") Instant closesAt,
            @Schema(description = "True while comments are accepted") boolean open,
            @Schema(description = "Why the dates were changed, when they were", nullable = true) String changeNote,
            @Schema(description = "Its published comments in the API") String commentsUrl) {
    }

    @Schema(description = "One page of comment periods, latest opening first.")
    public record PeriodPage(
            @Schema(description = "The periods of this page") List<Period> items,
            @Schema(description = "The page size used") int limit,
            @Schema(description = "Pass as cursor= to read the next page; null on the last page", nullable = true) String nextCursor) {
    }

    @Schema(description = "A comment as the public thread shows it.")
    public record Comment(
            @Schema(description = "Tracking number, as on the resident's receipt; absent for a removed comment") String trackingNumber,
            @Schema(description = "published, or removed (the text is then withheld)") String status,
            @Schema(description = "Name the resident chose to show; null for anonymous", nullable = true) String displayName,
            @Schema(description = "The text as written; null when removed", nullable = true) String body,
            @Schema(description = "Why it was removed (a reason code)", nullable = true) String removedReason,
            @Schema(description = "When it was removed", nullable = true) Instant removedAt,
            @Schema(description = "When it was submitted") Instant submittedAt,
            @Schema(description = "The agency's answer to it", nullable = true) String agencyAnswer,
            @Schema(description = "When the agency answered", nullable = true) Instant answeredAt) {
    }

    @Schema(description = "One page of a period's comments, oldest first.")
    public record CommentPage(
            @Schema(description = "The comments of this page") List<Comment> items,
            @Schema(description = "The page size used") int limit,
            @Schema(description = "Pass as cursor= to read the next page; null on the last page", nullable = true) String nextCursor) {
    }

    @Inject
    ApiSupport api;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @GET
    @Path("decisions")
    @Operation(summary = "The oversight body's decisions, newest first")
    @APIResponse(responseCode = "200", description = "A page of decisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionPage.class)))
    @APIResponse(responseCode = "400", description = "A limit or cursor that is not valid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response decisions(Request request,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RestQuery Integer limit) {
        ApiSupport.PageRequest page = ApiSupport.PageRequest.of(limit, cursor, true);
        if (page.problem() != null) {
            return page.problem();
        }
        List<BoardReview> rows = em.createQuery("""
                select r from BoardReview r join fetch r.disclosure d join fetch d.agency left join fetch r.annualReport
                where r.decision is not null and r.id < :before order by r.id desc""", BoardReview.class)
                .setParameter("before", page.afterId(Long.MAX_VALUE)).setMaxResults(page.size() + 1).getResultList();
        List<DecisionRecord> items = page.items(rows).stream().map(this::decision).toList();
        return api.cached(request, new DecisionPage(items, page.size(), page.next(rows, r -> r.id.toString())));
    }

    @GET
    @Path("comment-periods")
    @Operation(summary = "Comment periods, latest opening first")
    @APIResponse(responseCode = "200", description = "A page of comment periods",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodPage.class)))
    @APIResponse(responseCode = "400", description = "A limit or cursor that is not valid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response periods(Request request,
            @Parameter(description = "true: only periods open now") @RestQuery boolean open,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RestQuery Integer limit) {
        ApiSupport.PageRequest page = ApiSupport.PageRequest.of(limit, cursor, true);
        if (page.problem() != null) {
            return page.problem();
        }
        Instant now = Instant.now(clock);
        List<CommentPeriod> rows = em.createQuery("""
                select p from CommentPeriod p join fetch p.disclosure d join fetch d.agency
                where p.id < :before and (:open = false or (p.opensAt <= :now and p.closesAt > :now))
                order by p.id desc""", CommentPeriod.class)
                .setParameter("before", page.afterId(Long.MAX_VALUE)).setParameter("open", open).setParameter("now", now)
                .setMaxResults(page.size() + 1).getResultList();
        List<Period> items = page.items(rows).stream().map(p -> period(p, now)).toList();
        return api.cached(request, new PeriodPage(items, page.size(), page.next(rows, p -> p.id.toString())));
    }

    @GET
    @Path("comment-periods/{id}/comments")
    @Operation(summary = "A period's public comments, oldest first",
            description = "Published comments, and removed ones as placeholders with the reason. Pending and "
                    + "rejected comments are never public.")
    @APIResponse(responseCode = "200", description = "A page of comments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentPage.class)))
    @APIResponse(responseCode = "400", description = "A limit or cursor that is not valid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "404", description = "No such comment period",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response comments(Request request, @Parameter(description = "Comment period id") @RestPath long id,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RestQuery Integer limit) {
        ApiSupport.PageRequest page = ApiSupport.PageRequest.of(limit, cursor, true);
        if (page.problem() != null) {
            return page.problem();
        }
        CommentPeriod period = em.find(CommentPeriod.class, id);
        if (period == null) {
            throw new NotFoundException();
        }
        List<PublicComment> rows = em.createQuery("""
                select c from PublicComment c where c.period = :period and c.status in :shown and c.id > :after
                order by c.id""", PublicComment.class)
                .setParameter("period", period).setParameter("shown", List.of(CommentStatus.PUBLISHED, CommentStatus.HIDDEN))
                .setParameter("after", page.afterId(0)).setMaxResults(page.size() + 1).getResultList();
        List<Comment> items = page.items(rows).stream().map(OversightApi::comment).toList();
        return api.cached(request, new CommentPage(items, page.size(), page.next(rows, c -> c.id.toString())));
    }

    static Report report(AnnualReport r, ApiSupport api) {
        Disclosure d = r.disclosure;
        return new Report(new TechnologyApi.Ref(d.slug, d.name), new TechnologyApi.Ref(d.agency.slug, d.agency.name),
                r.reportingYear, r.revision, r.submittedAt, r.usageSummary, r.dataCollected,
                TechnologyApi.code(r.capturedNonSuspects),
                r.usageCounts.stream().map(c -> new UsageCount(c.label(), c.count())).toList(),
                r.sharing.stream().map(x -> new Sharing(x.recipient(), x.frequency(), x.dataTypes(), x.legalStandard()))
                        .toList(), r.complaintsCount,
                r.violationsCount, r.breachesCount, r.recordsRequestsCount, r.totalCost, r.effectiveness,
                api.url("/technologies/" + d.slug + "/reports/" + r.reportingYear));
    }

    private DecisionRecord decision(BoardReview r) {
        Disclosure d = r.disclosure;
        return new DecisionRecord(r.id, new TechnologyApi.Ref(d.slug, d.name),
                new TechnologyApi.Ref(d.agency.slug, d.agency.name), r.annualReport == null ? "disclosure" : "annual_report",
                r.disclosureRevision, r.annualReport == null ? null : r.annualReport.reportingYear,
                TechnologyApi.code(r.decision), List.copyOf(r.conditions),
                r.hearingDate == null ? null : r.hearingDate.toString(), r.consentAgenda, r.votesFor, r.votesAgainst,
                r.votesAbstain, r.legislation, r.rationale, r.decidedAt);
    }

    private Period period(CommentPeriod p, Instant now) {
        Disclosure d = p.disclosure;
        return new Period(p.id, new TechnologyApi.Ref(d.slug, d.name), new TechnologyApi.Ref(d.agency.slug, d.agency.name),
                p.opensAt, p.closesAt, !p.opensAt.isAfter(now) && p.closesAt.isAfter(now), p.changeNote,
                api.url("/api/v1/comment-periods/" + p.id + "/comments"));
    }

    /** A comment as the public thread shows it (also the shape of the bulk download's comments). */
    public static Comment comment(PublicComment c) {
        boolean removed = c.status == CommentStatus.HIDDEN;
        // A removed comment's tracking number is withheld too: it would open the comment (security review, finding 1).
        return new Comment(removed ? null : c.trackingNumber, removed ? "removed" : "published", removed ? null : c.displayName,
                removed ? null : c.body, removed ? TechnologyApi.code(c.rejectReason) : null,
                removed ? c.moderatedAt : null, c.submittedAt, c.agencyAnswer, c.answeredAt);
    }
}
