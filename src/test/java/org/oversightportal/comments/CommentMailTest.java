package org.oversightportal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversightportal.mail.OutboxMessage;
import org.oversightportal.mail.OutboxSender;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * A resident who gives an email address gets a receipt with the tracking number, and a notice when a
 * moderator decides, in the language they wrote in. Mail goes through the outbox to the mock mailer.
 */
@QuarkusTest
class CommentMailTest {

    @Inject
    CommentService service;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        sender.sendDue();
        mailbox.clear();
    }

    String submit(CommentFixtures.Period p, String body, String email, String lang) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", body);
        form.put("email", email);
        form.put("started", service.startTokenFor(Long.toString(Instant.now().minusSeconds(10).toEpochMilli())));
        form.put("website", "");
        String location = FormSession.open("/technologies/" + p.slug() + "/comment?lang=" + lang).post(form)
                .cookie("portal_lang", lang).post("/technologies/" + p.slug() + "/comment").then().statusCode(303)
                .extract().header("Location");
        return location.substring(location.indexOf("/comments/") + "/comments/".length(), location.indexOf('?'));
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    void theReceiptAndTheStatusNoticeReachTheResidentOnceEach() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Mail receipts");
        String tracking = submit(p, "Please send me a receipt.", "receipt@example.org", "en");
        assertThat(mailbox.getMailsSentTo("receipt@example.org")).as("nothing is sent inside the request").isNullOrEmpty();

        assertThat(sender.sendDue()).isEqualTo(1);
        List<Mail> mails = mailbox.getMailsSentTo("receipt@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Your comment was received (" + tracking + ")");
        assertThat(mails.get(0).getText()).contains("Tracking number: " + tracking).contains("Mail receipts")
                .containsPattern("http://localhost:8080/comments/" + tracking + "\\?receipt=[A-Za-z0-9_-]{43}")
                .as("finding 4: the receipt does not quote the unmoderated text")
                .doesNotContain("Please send me a receipt.");
        assertThat(sender.sendDue()).as("a message is sent once").isZero();

        FormSession.open("/moderation").post(Map.of("action", "reject", "selected", tracking, "reason", "off_topic",
                "note", "internal note")).post("/moderation").then().statusCode(303);
        sender.sendDue();
        mails = mailbox.getMailsSentTo("receipt@example.org");
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).contains(tracking).contains("reviewed");
        assertThat(mails.get(1).getText()).contains("Not published").contains("Off topic")
                .doesNotContain("internal note");
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "recipient = ?1 and sentAt is not null", "receipt@example.org"))).isEqualTo(2);
    }

    @Test
    void aResidentWritingInSpanishGetsASpanishReceipt() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Recibo en castellano");
        String tracking = submit(p, "Quiero un recibo, por favor.", "recibo@example.org", "es");
        sender.sendDue();
        Mail mail = mailbox.getMailsSentTo("recibo@example.org").get(0);
        assertThat(mail.getSubject()).isEqualTo("Hemos recibido su comentario (" + tracking + ")");
        assertThat(mail.getText()).contains("Número de seguimiento: " + tracking);
    }

    @Test
    void noAddressNoMail() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "No address given");
        long before = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count());
        submit(p, "No email for me.", "", "en");
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count())).isEqualTo(before);
    }
}
