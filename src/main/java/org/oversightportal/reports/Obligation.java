package org.oversightportal.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** One annual report a technology owes, where it stands on a given day. */
public record Obligation(long disclosureId, String slug, String technology, long agencyId, String agencySlug,
        String agencyName, int year, LocalDate due, Integer extensionDays, String extensionReason,
        Instant submittedAt, LocalDate today, ZoneId zone) {

    public enum State {
        SUBMITTED, OVERDUE, DUE_SOON, UPCOMING
    }

    /** The due date once any extension is counted. */
    public LocalDate effectiveDue() {
        return extensionDays == null ? due : due.plusDays(extensionDays);
    }

    public State state() {
        if (submittedAt != null) {
            return State.SUBMITTED;
        }
        if (today.isAfter(effectiveDue())) {
            return State.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, effectiveDue()) <= 30 ? State.DUE_SOON : State.UPCOMING;
    }

    public boolean isSubmitted() {
        return state() == State.SUBMITTED;
    }

    public boolean isOverdue() {
        return state() == State.OVERDUE;
    }

    public boolean isDueSoon() {
        return state() == State.DUE_SOON;
    }

    public long daysOverdue() {
        return isOverdue() ? ChronoUnit.DAYS.between(effectiveDue(), today) : 0;
    }

    public long daysLeft() {
        return Math.max(0, ChronoUnit.DAYS.between(today, effectiveDue()));
    }

    /** Submitted after the (extended) due date. */
    public boolean submittedLate() {
        return submittedAt != null && submittedAt.atZone(zone).toLocalDate().isAfter(effectiveDue());
    }

    public String yearText() {
        return String.valueOf(year);
    }

    public String stateCode() {
        return state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
