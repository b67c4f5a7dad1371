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
import org.oversightportal.web.CommentMessages;

/**
 * The emails a commenter gets, in the language they wrote in: a receipt with the tracking number, and
 * a notice when a moderator decides. Only sent when they gave an address; queued in the outbox.
 */
@ApplicationScoped
public class CommentMail {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance commentReceipt(PublicComment c, String link, String portal);

        static native TemplateInstance commentStatus(PublicComment c, String link, String portal);
    }

    @Inject
    Outbox outbox;

    @Inject
    PortalConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void receipt(PublicComment c, String receiptToken) {
        if (c.email == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(c.locale);
        // The link carries the secret receipt token: the author's text is behind it, not in the mail (finding 4 of
        // the security review: the portal must not mail text nobody has moderated to any address it is given).
        String receiptLink = link(c) + "?receipt=" + receiptToken;
        String body = Templates.commentReceipt(c, receiptLink, config.name()).setLocale(locale).render();
        outbox.enqueue(c.email, "comment-receipt", bundle(locale).mail_receipt_subject(c.trackingNumber), body);
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

    private String link(PublicComment c) {
        return config.baseUrl() + "/comments/" + c.trackingNumber;
    }

    private static CommentMessages bundle(Locale locale) {
        return MessageBundles.get(CommentMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
