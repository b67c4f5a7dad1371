package org.oversightportal.comments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.mail.Outbox;

/**
 * The emails a commenter gets, in the language they wrote in: a receipt with the tracking number, and
 * a notice when a moderator decides. Only sent when they gave an address; queued in the outbox.
 */
@ApplicationScoped
public class CommentMail {

    @CheckedTemplate(basePath = "comments/mail")
    static class Templates {
        static native TemplateInstance commentReceipt(PublicComment c, String link, String portal);

        static native TemplateInstance commentStatus(PublicComment c, String link, String portal);

        static native TemplateInstance moderatorFlags(PublicComment c, String flags, String networks, boolean hidden,
                String link, String portal);
    }

    @Inject
    Outbox outbox;

    @Inject
    PortalConfig config;

    @Inject
    ReceiptQuota quota;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean receipt(PublicComment c, String receiptToken) {
        // One address gets at most portal.comments.receipts-per-address-per-day receipts (finding 4): anyone can
        // type anyone's address. The comment is accepted either way; its receipt link is on screen.
        if (c.email == null || !quota.take(c.email)) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(c.locale);
        // The link carries the secret receipt token: the author's text is behind it, not in the mail (finding 4 of
        // the security review: the portal must not mail text nobody has moderated to any address it is given).
        String receiptLink = link(c) + "?receipt=" + receiptToken;
        String body = Templates.commentReceipt(c, receiptLink, config.name()).setLocale(locale).render();
        outbox.enqueue(c.email, "comment-receipt", bundle(locale).mail_receipt_subject(c.trackingNumber), body);
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(PublicComment c) {
        if (c.email == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(c.locale);
        String body = Templates.commentStatus(c, link(c), config.name()).setLocale(locale).render();
        outbox.enqueue(c.email, "comment-status", bundle(locale).mail_status_subject(c.trackingNumber), body);
    }

    /**
     * Tells the moderators ({@code portal.comments.moderator-email}) that flags hid a published comment, or reached
     * the threshold from too few networks to hide it (security review finding 3). Nothing when no address is set.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flagsForModerators(PublicComment c, int flags, int networks, boolean hidden) {
        String to = config.comments().moderatorEmail().map(String::strip).orElse("");
        if (to.isEmpty()) {
            return;
        }
        String body = Templates.moderatorFlags(c, String.valueOf(flags), String.valueOf(networks), hidden,
                config.baseUrl() + "/moderation", config.name()).setLocale(Locale.ENGLISH).render();
        CommentMessages texts = bundle(Locale.ENGLISH);
        outbox.enqueue(to, "moderator-flags", hidden ? texts.mail_flags_hidden_subject(c.trackingNumber)
                : texts.mail_flags_held_subject(c.trackingNumber), body);
    }

    private String link(PublicComment c) {
        return config.baseUrl() + "/comments/" + c.trackingNumber;
    }

    private static CommentMessages bundle(Locale locale) {
        return MessageBundles.get(CommentMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
