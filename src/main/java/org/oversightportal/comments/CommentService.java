package org.oversightportal.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.Parse;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.Disclosure;

/**
 * Comment periods and residents' comments. Comments are pre-moderated: a new comment is pending
 * and public only once a moderator publishes it. Spam defence that stays accessible: a honeypot
 * field and a minimum time to fill the form, both invisible to people and assistive technology (no
 * captcha). A filled honeypot is answered as if accepted; a form sent back too fast is shown again.
 */
@ApplicationScoped
public class CommentService {

    /** Tracking numbers avoid letters and digits that are easy to confuse (0/O, 1/I/L). */
    static final String TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    String signingKey;

    /** The result of a submission: a receipt (real or, for a bot, a decoy) or the problems. */
    public record Outcome(String trackingNumber, boolean stored, FieldErrors errors) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /** Opens the default comment period of a newly submitted disclosure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CommentPeriod openDefaultPeriod(Disclosure disclosure, String by) {
        Instant now = Instant.now(clock);
        CommentPeriod period = new CommentPeriod();
        period.disclosure = disclosure;
        period.opensAt = now;
        period.closesAt = now.plus(Duration.ofDays(config.comments().periodDays()));
        period.createdBy = by;
        period.createdAt = now;
        period.updatedAt = now;
        period.persist();
        return period;
    }

    /** A value for the form's hidden {@code started} field: the time, signed, so it cannot be forged. */
    public String startToken() {
        return startTokenFor(Long.toString(Instant.now(clock).toEpochMilli()));
    }

    String startTokenFor(String millis) {
        return millis + "." + sign(millis);
    }

    @Transactional
    public Outcome submit(CommentPeriod period, CommentForm form) {
        Instant now = Instant.now(clock);
        if (!FormBinding.isBlank(form.website)) {
            // Only a program fills the hidden field: answered as if accepted, so it learns nothing.
            return new Outcome(newTrackingNumber(), false, FieldErrors.none());
        }
        FieldErrors errors = new FieldErrors(field -> "field_comment_" + field);
        String body = Parse.text(form.body, "body", config.comments().maxLength(), true, errors);
        String name = Parse.text(form.displayName, "displayName", 100, false, errors);
        String email = Parse.text(form.email, "email", 320, false, errors);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "error_email");
        }
        if (!period.isOpenAt(now)) {
            errors.add("body", now.isBefore(period.opensAt) ? "error_comments_not_open" : "error_comments_closed");
        }
        if (errors.isEmpty() && !filledByAPerson(form.started, now)) {
            // Sent back faster than anyone reads a form (or with a forged time): asked to send it again,
            // with the text kept, which a person does in a second and a script rarely does.
            errors.add("body", "error_comment_too_fast");
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, false, errors);
        }
        PublicComment comment = new PublicComment();
        comment.period = period;
        comment.trackingNumber = newTrackingNumber();
        comment.displayName = name;
        comment.email = email;
        comment.body = body;
        comment.submittedAt = now;
        comment.persist();
        audit.changed("comment.submit", "public_comment", comment.trackingNumber, "pending moderation");
        return new Outcome(comment.trackingNumber, true, errors);
    }

    /** What the technology page shows of the comments: the latest period, its count, its public thread. */
    public record Summary(CommentPeriod period, boolean open, long received, List<PublicComment> shown) {
        /** The reasons a moderator can give for removing a comment from the thread. */
        public RejectReason[] reasons() {
            return RejectReason.values();
        }
    }

    public Summary summaryFor(Disclosure disclosure) {
        CommentPeriod period = CommentPeriod.latestFor(disclosure).orElse(null);
        if (period == null) {
            return new Summary(null, false, 0, List.of());
        }
        return new Summary(period, period.isOpenAt(Instant.now(clock)), countReceived(period),
                published(period, 0, 50));
    }

    /** Published comments of a period, oldest first, one page at a time. */
    public List<PublicComment> published(CommentPeriod period, int page, int size) {
        return PublicComment.find("period = ?1 and status in (?2, ?3) order by submittedAt, id", period,
                CommentStatus.PUBLISHED, CommentStatus.HIDDEN).page(page, size).list();
    }

    public long countReceived(CommentPeriod period) {
        return PublicComment.count("period", period);
    }

    boolean filledByAPerson(String started, Instant now) {
        if (started == null || !started.contains(".")) {
            return false;
        }
        String millis = started.substring(0, started.indexOf('.'));
        String signature = started.substring(started.indexOf('.') + 1);
        if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        try {
            Instant loaded = Instant.ofEpochMilli(Long.parseLong(millis));
            return !loaded.plusSeconds(config.comments().minFillSeconds()).isAfter(now);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("comment-form:" + signingKey).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newTrackingNumber() {
        StringBuilder s = new StringBuilder("PC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(TRACKING_ALPHABET.charAt(RANDOM.nextInt(TRACKING_ALPHABET.length())));
        }
        return s.toString();
    }
}
