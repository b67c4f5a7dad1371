package org.oversightportal.comments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.Labelled;
import org.oversightportal.common.RateLimiter;

/** A comment's receipt and status by tracking number, and the list of open comment periods. */
@Produces(MediaType.TEXT_HTML)
@Path("/comments")
public class CommentResource {

    static final String TRACKING_PATTERN = "PC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}";

    @CheckedTemplate(basePath = "comments")
    static class Templates {
        static native TemplateInstance receipt(PublicComment comment, boolean isNew, boolean showText);

        static native TemplateInstance lookup(String tracking, boolean notFound);

        static native TemplateInstance periods(List<CommentPeriod> periods);

        static native TemplateInstance flag(PublicComment comment, RejectReason[] reasons, String chosen,
                boolean missingReason, String done, long retryMinutes);
    }

    @Inject
    CommentService comments;

    @Inject
    Clock clock;

    @Inject
    FlagService flags;

    @Inject
    RateLimiter limiter;

    @Inject
    FlagReporters reporters;

    @GET
    public Response lookup(@RestQuery String tracking) {
        if (FormBinding.isBlank(tracking)) {
            return Response.ok(Templates.lookup(null, false)).build();
        }
        RateLimiter.Decision decision = limiter.tryLookup();
        if (!decision.allowed()) {
            return tooManyLookups(decision);
        }
        String normalized = tracking.strip().toUpperCase(java.util.Locale.ROOT);
        if (normalized.matches(TRACKING_PATTERN) && PublicComment.findByTrackingNumber(normalized).isPresent()) {
            return Response.seeOther(URI.create("/comments/" + normalized)).build();
        }
        return Response.status(404).entity(Templates.lookup(tracking, true))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * A comment's status by its tracking number. Its text is shown only while it is published, or to whoever holds
     * the secret of the author's receipt link ({@code ?receipt=}): a removed, hidden, flagged or pending comment's
     * text must not be readable by anyone who learns or guesses the number.
     */
    @GET
    @Path("{tracking}")
    public Response receipt(@RestPath String tracking, @RestQuery("new") boolean isNew,
            @RestQuery("receipt") String receiptToken) {
        if (!tracking.matches(TRACKING_PATTERN)) {
            throw new NotFoundException();
        }
        java.util.Optional<PublicComment> found = PublicComment.findByTrackingNumber(tracking);
        boolean holdsReceipt = receiptToken != null && receiptToken.length() <= 64 && found.isPresent()
                && found.get().receiptTokenHash != null && java.security.MessageDigest.isEqual(
                        found.get().receiptTokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        CommentService.receiptTokenHash(receiptToken).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (!holdsReceipt) {
            // Counted unless the receipt secret is right: a made-up ?receipt= must not lift the limit.
            RateLimiter.Decision decision = limiter.tryLookup();
            if (!decision.allowed()) {
                return tooManyLookups(decision);
            }
        }
        PublicComment comment = found.orElseThrow(NotFoundException::new);
        return Response.ok(Templates.receipt(comment, isNew && holdsReceipt, holdsReceipt || comment.textIsPublic()))
                .header("Cache-Control", "private, no-store")
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static Response tooManyLookups(RateLimiter.Decision decision) {
        return Response.status(429).header("Retry-After", decision.retryAfterSeconds())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.lookup(null, false)).build();
    }

    @GET
    @Path("open")
    public TemplateInstance periods() {
        List<CommentPeriod> open = CommentPeriod.list("""
                select p from CommentPeriod p join fetch p.disclosure d join fetch d.agency
                where p.opensAt <= ?1 and p.closesAt > ?1 order by p.closesAt, p.id""", Instant.now(clock));
        return Templates.periods(open);
    }

    /** The form to flag a published comment, and the answer once it is flagged. */
    @GET
    @Path("{tracking}/flag")
    public TemplateInstance flagForm(@RestPath String tracking, @RestQuery String done) {
        PublicComment comment = flaggable(tracking);
        String outcome = done != null && List.of("recorded", "hidden", "already", "gone").contains(done) ? done : null;
        return Templates.flag(comment, FLAG_REASONS, null, false, outcome, 0);
    }

    @POST
    @Path("{tracking}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(@RestPath String tracking, @RestForm String reason) {
        PublicComment comment = flaggable(tracking);
        RejectReason chosen = Labelled.fromCode(RejectReason.class, reason);
        if (chosen == null || chosen == RejectReason.DUPLICATE) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.flag(comment, FLAG_REASONS, null, true, null, 0)).build();
        }
        RateLimiter.Decision decision = limiter.trySubmission();
        if (!decision.allowed()) {
            return Response.status(429).header("Retry-After", decision.retryAfterSeconds())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.flag(comment, FLAG_REASONS, chosen.code(), false, null,
                            (decision.retryAfterSeconds() + 59) / 60)).build();
        }
        String done = switch (flags.flag(tracking, chosen, reporters.current())) {
            case RECORDED -> "recorded";
            case HIDDEN_FOR_REVIEW -> "hidden";
            case ALREADY_FLAGGED -> "already";
            case NOT_FLAGGABLE -> "gone";
        };
        return Response.seeOther(URI.create("/comments/" + tracking + "/flag?done=" + done)).build();
    }

    /** Reasons a resident can give; "duplicate" is the moderators' own. */
    static final RejectReason[] FLAG_REASONS = { RejectReason.SPAM, RejectReason.OFF_TOPIC,
            RejectReason.PERSONAL_INFORMATION, RejectReason.THREAT_OR_HARASSMENT, RejectReason.OTHER };

    private static PublicComment flaggable(String tracking) {
        if (!tracking.matches(TRACKING_PATTERN)) {
            throw new NotFoundException();
        }
        PublicComment comment = PublicComment.findByTrackingNumber(tracking).orElseThrow(NotFoundException::new);
        if (comment.status == CommentStatus.PENDING || comment.status == CommentStatus.REJECTED) {
            // Not public: nothing to flag, and nothing to reveal about it either.
            throw new NotFoundException();
        }
        return comment;
    }
}
