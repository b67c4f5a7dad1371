package org.oversightportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversightportal.agencies.Agency;
import org.oversightportal.inventory.ApprovalStatus;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.LifecycleStatus;
import org.oversightportal.mail.OutboxMessage;
import org.oversightportal.testsupport.CommentFixtures;

/**
 * The reminder job, run on chosen days: one reminder 30 days before a report is due, one once it is
 * overdue, never twice, and none for a report already submitted.
 */
@QuarkusTest
class ReportRemindersTest {

    static final String CONTACT = "ordinance-contact@orlando.example";

    @Inject
    ReportReminders reminders;

    @Inject
    org.oversightportal.mail.OutboxSender sender;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    static long sentTo(String kind) {
        // Other tests' technologies of the same agency may be reminded too: count this one's.
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "recipient = ?1 and kind = ?2 and subject like ?3", CONTACT, kind, "%Reminded technology%"));
    }

    @Test
    void remindsOnceBeforeTheDeadlineAndOnceAfterIt() {
        CommentFixtures.Period p = CommentFixtures.closedPeriod("orlando-police", "Reminded technology");
        QuarkusTransaction.requiringNew().run(() -> {
            Agency.findBySlug("orlando-police").orElseThrow().contactEmail = CONTACT;
            Disclosure d = Disclosure.findBySlug(p.slug()).orElseThrow();
            d.approvalStatus = ApprovalStatus.APPROVED;
            d.approvalDate = LocalDate.of(2027, 2, 1);
            d.lifecycleStatus = LifecycleStatus.IN_USE;
        });
        // The 2027 report is due on 15 March 2028.
        reminders.remind(LocalDate.of(2028, 1, 20));
        assertThat(sentTo("report-due-soon")).as("45 days before: too early").isZero();
        reminders.remind(LocalDate.of(2028, 2, 20));
        assertThat(sentTo("report-due-soon")).isEqualTo(1);
        reminders.remind(LocalDate.of(2028, 2, 21));
        assertThat(sentTo("report-due-soon")).as("never twice").isEqualTo(1);
        reminders.remind(LocalDate.of(2028, 3, 16));
        assertThat(sentTo("report-overdue")).isEqualTo(1);
        reminders.remind(LocalDate.of(2028, 4, 16));
        assertThat(sentTo("report-overdue")).as("never twice").isEqualTo(1);
        String subject = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find(
                "recipient = ?1 and kind = ?2 and subject like ?3", CONTACT, "report-overdue", "%Reminded technology%")
                .firstResult().subject);
        assertThat(subject).startsWith("Overdue: the 2027 annual use report");
        // Through the outbox to the (mock) mail server.
        mailbox.clear();
        sender.sendDue();
        assertThat(mailbox.getMailsSentTo(CONTACT)).extracting(io.quarkus.mailer.Mail::getSubject)
                .anyMatch(s -> s.startsWith("Overdue: the 2027 annual use report on Reminded technology"));
    }
}
