package org.oversightportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.PortalConfig.DueRule;

/** The ordinances' calendars: a fixed date every year, or N months after approval then yearly; extensions. */
class DueDatesTest {

    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    static Obligation obligation(DueDates.Owed owed, Integer extension, Instant submitted, LocalDate today) {
        return new Obligation(1, "t", "T", 1, "a", "A", owed.year(), owed.due(), extension, extension == null ? null : "x",
                submitted, today, ZONE);
    }

    @Test
    void oaklandAFixedDateEachYearForTheYearBeforeFromTheYearOfApproval() {
        DueDates oakland = new DueDates(DueRule.FIXED_DATE, MonthDay.of(3, 15), 12);
        List<DueDates.Owed> owed = oakland.owed(LocalDate.of(2024, 6, 11), LocalDate.of(2026, 11, 22));
        assertThat(owed).containsExactly(new DueDates.Owed(2024, LocalDate.of(2025, 3, 15)),
                new DueDates.Owed(2025, LocalDate.of(2026, 3, 15)), new DueDates.Owed(2026, LocalDate.of(2027, 3, 15)));
    }

    @Test
    void sanFranciscoTwelveMonthsAfterApprovalThenEveryFirstOfNovember() {
        DueDates sf = new DueDates(DueRule.AFTER_APPROVAL, MonthDay.of(11, 1), 12);
        assertThat(sf.owed(LocalDate.of(2024, 6, 11), LocalDate.of(2025, 1, 10)))
                .containsExactly(new DueDates.Owed(2025, LocalDate.of(2025, 6, 11)));
        assertThat(sf.owed(LocalDate.of(2024, 6, 11), LocalDate.of(2026, 11, 22))).containsExactly(
                new DueDates.Owed(2025, LocalDate.of(2025, 6, 11)), new DueDates.Owed(2026, LocalDate.of(2026, 11, 1)),
                new DueDates.Owed(2027, LocalDate.of(2027, 11, 1)));
    }

    @Test
    void overdueIsDetectedAcrossTheYearBoundary() {
        DueDates januaryRule = new DueDates(DueRule.FIXED_DATE, MonthDay.of(1, 15), 12);
        DueDates.Owed report2025 = januaryRule.owed(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31)).get(0);
        assertThat(report2025).isEqualTo(new DueDates.Owed(2025, LocalDate.of(2026, 1, 15)));

        Obligation onNewYearsEve = obligation(report2025, null, null, LocalDate.of(2025, 12, 31));
        assertThat(onNewYearsEve.state()).isEqualTo(Obligation.State.DUE_SOON);
        assertThat(onNewYearsEve.daysLeft()).isEqualTo(15);
        Obligation onTheDay = obligation(report2025, null, null, LocalDate.of(2026, 1, 15));
        assertThat(onTheDay.state()).isEqualTo(Obligation.State.DUE_SOON);
        Obligation theDayAfter = obligation(report2025, null, null, LocalDate.of(2026, 1, 16));
        assertThat(theDayAfter.state()).isEqualTo(Obligation.State.OVERDUE);
        assertThat(theDayAfter.daysOverdue()).isEqualTo(1);
        Obligation inNovember = obligation(report2025, null, null, LocalDate.of(2026, 11, 22));
        assertThat(inNovember.daysOverdue()).isEqualTo(311);
    }

    @Test
    void anExtensionMovesTheDueDateAndALateSubmissionIsMarked() {
        DueDates.Owed owed = new DueDates.Owed(2025, LocalDate.of(2026, 3, 15));
        Obligation extended = obligation(owed, 60, null, LocalDate.of(2026, 4, 20));
        assertThat(extended.effectiveDue()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(extended.state()).isEqualTo(Obligation.State.DUE_SOON);
        assertThat(obligation(owed, 60, null, LocalDate.of(2026, 5, 15)).isOverdue()).isTrue();
        Instant lateButInTime = LocalDate.of(2026, 5, 1).atStartOfDay(ZONE).toInstant();
        assertThat(obligation(owed, 60, lateButInTime, LocalDate.of(2026, 6, 1)).submittedLate()).isFalse();
        assertThat(obligation(owed, null, lateButInTime, LocalDate.of(2026, 6, 1)).submittedLate()).isTrue();
        assertThat(obligation(owed, 60, null, LocalDate.of(2026, 1, 1)).state()).isEqualTo(Obligation.State.UPCOMING);
    }
}
