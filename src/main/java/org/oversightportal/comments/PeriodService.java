package org.oversightportal.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.MultiLine;
import org.oversightportal.common.Parse;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SingleLine;

/**
 * Moderators and admins set or extend a comment period. Dates are days in the jurisdiction's time
 * zone: a period opens at the start of its first day and closes at the end of its last. The reason is
 * shown publicly with the new deadline, and the change (old and new dates) goes into the audit log.
 */
@ApplicationScoped
public class PeriodService {

    /** The form as typed. */
    public static class PeriodForm {
        public String opensOn;
        public String closesOn;
        @MultiLine
        public String note;
    }

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    public PeriodForm formFor(CommentPeriod period) {
        PeriodForm form = new PeriodForm();
        form.opensOn = day(period.opensAt).toString();
        form.closesOn = day(period.closesAt).toString();
        return form;
    }

    @Transactional
    public FieldErrors change(long periodId, PeriodForm form) {
        CommentPeriod period = CommentPeriod.<CommentPeriod>findByIdOptional(periodId)
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        FieldErrors errors = new FieldErrors(field -> "field_period_" + field);
        SingleLine.check(form, errors);
        LocalDate opens = Parse.date(form.opensOn, "opensOn", errors);
        LocalDate closes = Parse.date(form.closesOn, "closesOn", errors);
        String note = Parse.text(form.note, "note", 1000, true, errors);
        if (opens == null && !errors.has("opensOn")) {
            errors.add("opensOn", "error_required");
        }
        if (closes == null && !errors.has("closesOn")) {
            errors.add("closesOn", "error_required");
        }
        LocalDate today = day(Instant.now(clock));
        if (closes != null && closes.isBefore(today)) {
            errors.add("closesOn", "error_period_closes_past");
        } else if (closes != null && closes.isAfter(today.plusYears(1))) {
            errors.add("closesOn", "error_period_too_far");
        } else if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", "error_period_closes_before_opens");
        }
        if (opens != null && opens.isAfter(today.plusYears(1))) {
            errors.add("opensOn", "error_period_too_far");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        ZoneId zone = zone();
        String before = day(period.opensAt) + " to " + day(period.closesAt);
        period.opensAt = opens.atStartOfDay(zone).toInstant();
        period.closesAt = closes.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        period.changeNote = note;
        period.changedBy = user.username();
        period.changedAt = Instant.now(clock);
        period.updatedAt = period.changedAt;
        audit.changed("comment-period.change", "comment_period", period.id,
                before + " -> " + opens + " to " + closes + ": " + note);
        return errors;
    }

    LocalDate day(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    private ZoneId zone() {
        return ZoneId.of(config.timeZone());
    }
}
