package org.oversightportal.reports;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.mail.Outbox;

/**
 * Every morning, reminds each agency's contact of annual reports due soon and of reports overdue:
 * once per report and kind. One instance at a time (a PostgreSQL advisory lock), so a cluster sends
 * each reminder once.
 */
@ApplicationScoped
public class ReportReminders {

    /** The advisory lock key of this job (any constant unique to it). */
    static final long LOCK = 0x5245504f52545245L;

    @Inject
    Obligations obligations;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Scheduled(cron = "${portal.reports.remind-cron:0 0 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        remind(obligations.today());
    }

    /** Sends the reminders due on {@code today}; returns how many were queued (0 if another instance holds the job). */
    @Transactional
    public int remind(LocalDate today) {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        Set<String> sent = new HashSet<>();
        for (Object row : em.createNativeQuery("select disclosure_id, reporting_year, kind from report_reminder")
                .getResultList()) {
            Object[] r = (Object[]) row;
            sent.add(r[0] + "/" + r[1] + "/" + r[2]);
        }
        int queued = 0;
        int before = config.reports().remindDaysBefore();
        for (Obligation o : obligations.list(null, null, today)) {
            String kind = o.isOverdue() ? "overdue"
                    : !o.isSubmitted() && ChronoUnit.DAYS.between(today, o.effectiveDue()) <= before ? "due-soon" : null;
            if (kind == null || sent.contains(o.disclosureId() + "/" + o.year() + "/" + kind)) {
                continue;
            }
            Agency agency = Agency.findById(o.agencyId());
            if (agency.contactEmail == null || agency.contactEmail.isBlank()) {
                // Nobody to remind yet: nothing is recorded, so the reminder goes out once a contact is set.
                continue;
            }
            String link = config.baseUrl() + "/staff/reports/" + o.slug() + "/" + o.year();
            String subject = kind.equals("overdue")
                    ? "Overdue: the " + o.year() + " annual use report on " + o.technology()
                    : "Due " + o.effectiveDue() + ": the " + o.year() + " annual use report on " + o.technology();
            String body = "The " + o.year() + " annual use report on \"" + o.technology() + "\" of " + o.agencyName()
                    + (kind.equals("overdue") ? " was due on " + o.effectiveDue() + " and has not been submitted."
                            : " is due on " + o.effectiveDue() + ".")
                    + "\n\nFile it here:\n" + link + "\n\n--\n" + config.name()
                    + "\nYou receive this because you are your agency's contact for the surveillance ordinance.";
            outbox.enqueue(agency.contactEmail, "report-" + kind, subject, body);
            queued++;
            ReportReminder reminder = new ReportReminder();
            reminder.disclosure = Disclosure.findById(o.disclosureId());
            reminder.reportingYear = o.year();
            reminder.kind = kind;
            reminder.sentAt = Instant.now(clock);
            reminder.persist();
        }
        return queued;
    }
}
