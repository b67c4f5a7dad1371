package org.oversightportal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.MultiLine;
import org.oversightportal.common.Parse;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SingleLine;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.reports.AnnualReport;
import org.oversightportal.reports.Obligation;
import org.oversightportal.reports.Obligations;

/** The board extends one report's deadline, once, by up to the configured number of days, with a reason. */
@ApplicationScoped
public class ExtensionService {

    public static class ExtensionForm {
        public String days;
        @MultiLine
        public String reason;
    }

    @Inject
    Obligations obligations;

    @Inject
    PortalConfig config;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public int maxDays() {
        return config.reports().maxExtensionDays();
    }

    /** The report owed for that year (404 if the technology owes none). */
    public Obligation obligation(String slug, int year) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        return obligations.list(null, d.id).stream().filter(o -> o.year() == year).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public FieldErrors grant(String slug, int year, ExtensionForm form) {
        Obligation owed = obligation(slug, year);
        FieldErrors errors = new FieldErrors(field -> "field_extension_" + field);
        SingleLine.check(form, errors);
        Long days = Parse.wholeNumber(form.days, "days", 10_000, errors);
        String reason = Parse.text(form.reason, "reason", 2000, true, errors);
        if (days == null && !errors.has("days")) {
            errors.add("days", "error_required");
        } else if (days != null && (days < 1 || days > maxDays())) {
            errors.add("days", "error_extension_days", maxDays());
        }
        if (owed.extensionDays() != null) {
            errors.add("days", "error_extension_once");
        } else if (owed.isSubmitted()) {
            errors.add("days", "error_extension_submitted");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Disclosure d = Disclosure.findById(owed.disclosureId());
        AnnualReport report = AnnualReport.find(d, year).orElseGet(() -> {
            AnnualReport created = new AnnualReport();
            created.disclosure = d;
            created.reportingYear = year;
            created.persist();
            return created;
        });
        report.extensionDays = days.intValue();
        report.extensionReason = reason;
        report.extensionGrantedBy = user.username();
        report.extensionGrantedAt = Instant.now(clock);
        audit.changed("report.extend", "annual_report", slug + "/" + year, days + " days: " + reason);
        return errors;
    }
}
