package org.oversightportal.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.oversightportal.inventory.DisclosureSubmitted;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.Parse;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SingleLine;
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

    @Inject
    CommentMail mail;

    @Inject
    CommentThread thread;

    /** The result of a submission: a receipt (real or, for a bot, a decoy) or the problems. */
    public record Outcome(String trackingNumber, String receiptToken, boolean stored, FieldErrors errors) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /** A disclosure's first submission opens its default comment period. */
    void firstSubmission(@Observes DisclosureSubmitted submitted) {
        if (submitted.first()) {
            openDefaultPeriod(submitted.disclosure(), submitted.by());
        }
    }

    /** Opens the default comment period of a newly submitted disclosure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CommentPeriod openDefaultPeriod(Disclosure disclosure, String by) {
        Instant now = Instant.now(clock);
        CommentPeriod period = new CommentPeriod();
        period.disclosure = disclosure;
        period.opensAt = now;
        period.closesAt = endOfDayAfter(now, config.comments().periodDays());
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

    /** The start token of a form loaded at the given time (epoch milliseconds). */
    public String startTokenFor(String millis) {
        return millis + "." + sign(millis);
    }

    /** True when the hidden honeypot field was filled: only a program does that. */
    public boolean isDecoy(CommentForm form) {
        return !FormBinding.isBlank(form.website);
    }

    /** Every problem with a comment as sent, without storing anything. */
    public FieldErrors validate(CommentPeriod period, CommentForm form) {
        Instant now = Instant.now(clock);
        FieldErrors errors = new FieldErrors(field -> "field_comment_" + field);
        SingleLine.check(form, errors);
        Parse.text(form.body, "body", config.comments().maxLength(), true, errors);
        Parse.text(form.displayName, "displayName", 100, false, errors);
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
        return errors;
    }

    /**
     * Stores a comment as pending moderation and queues its receipt email; a filled honeypot is
     * answered with a tracking number that leads nowhere, and nothing is stored.
     */
    @Transactional
    public Outcome submit(CommentPeriod period, CommentForm form, Locale locale) {
        if (isDecoy(form)) {
            return new Outcome(newTrackingNumber(), newReceiptToken(), false, FieldErrors.none());
        }
        FieldErrors errors = validate(period, form);
        if (!errors.isEmpty()) {
            return new Outcome(null, null, false, errors);
        }
        PublicComment comment = new PublicComment();
        comment.period = period;
        comment.trackingNumber = newTrackingNumber();
        String receiptToken = newReceiptToken();
        comment.receiptTokenHash = receiptTokenHash(receiptToken);
        comment.displayName = Parse.text(form.displayName, "displayName", 100, false, errors);
        comment.email = Parse.text(form.email, "email", 320, false, errors);
        comment.body = Parse.text(form.body, "body", config.comments().maxLength(), true, errors);
        comment.locale = locale.getLanguage();
        comment.submittedAt = Instant.now(clock);
        comment.persist();
        mail.receipt(comment, receiptToken);
        audit.changed("comment.submit", "public_comment", comment.trackingNumber, "pending moderation");
        return new Outcome(comment.trackingNumber, receiptToken, true, errors);
    }

    /** What the technology page shows of the comments: the latest period, its response and one page of its thread. */
    public record Summary(CommentPeriod period, CommentResponse response, boolean open, CommentThread.Page thread) {
        /** The reasons a moderator can give for removing a comment from the thread. */
        public RejectReason[] reasons() {
            return RejectReason.values();
        }

        public long received() {
            return thread == null ? 0 : thread.received();
        }
    }

    public Summary summaryFor(Disclosure disclosure, int page) {
        List<Object[]> rows = CommentPeriod.getEntityManager().createQuery("""
                select p, r from CommentPeriod p left join CommentResponse r on r.period = p
                where p.disclosure = ?1 order by p.closesAt desc""", Object[].class)
                .setParameter(1, disclosure).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return new Summary(null, null, false, null);
        }
        CommentPeriod period = (CommentPeriod) rows.get(0)[0];
        return new Summary(period, (CommentResponse) rows.get(0)[1], period.isOpenAt(Instant.now(clock)),
                thread.page(period, page));
    }

    /** The end of the day {@code days} from now in the jurisdiction's time zone: when a new period closes. */
    Instant endOfDayAfter(Instant now, int days) {
        ZoneId zone = ZoneId.of(config.timeZone());
        return now.atZone(zone).toLocalDate().plusDays(days + 1L).atStartOfDay(zone).toInstant().minusSeconds(1);
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

    /** 256 random bits for the author's receipt link (the tracking number has about 40 and is public). */
    public static String newReceiptToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a receipt token: its SHA-256, so that a copy of the database opens no receipt. */
    public static String receiptTokenHash(String token) {
        try {
            return java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
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
