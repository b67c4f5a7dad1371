package org.oversightportal.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.oversightportal.common.PortalConfig;

/**
 * The ordinance's calendar: which annual reports an approved technology owes, and when each is due.
 * Pure functions of the rule, the approval date and "today", so that tests can walk across years.
 */
public final class DueDates {

    /** One report owed: the year it covers and its due date before any extension. */
    public record Owed(int year, LocalDate due) {
    }

    private final PortalConfig.DueRule rule;
    private final MonthDay dueOn;
    private final int firstWithinMonths;

    public DueDates(PortalConfig.DueRule rule, MonthDay dueOn, int firstWithinMonths) {
        this.rule = rule;
        this.dueOn = dueOn;
        this.firstWithinMonths = firstWithinMonths;
    }

    public static DueDates of(PortalConfig.Reports config) {
        return new DueDates(config.rule(), MonthDay.parse("--" + config.dueOn()), config.firstWithinMonths());
    }

    /**
     * The reports owed from approval up to and including the first one due after {@code today}, oldest
     * first. With a fixed date, the report on year Y is due on the date in Y+1, from the year of
     * approval; after approval, the first is due N months after it, then yearly on the date.
     */
    public List<Owed> owed(LocalDate approvedOn, LocalDate today) {
        List<Owed> owed = new ArrayList<>();
        if (approvedOn == null) {
            return owed;
        }
        if (rule == PortalConfig.DueRule.FIXED_DATE) {
            for (int year = approvedOn.getYear(); ; year++) {
                LocalDate due = dueOn.atYear(year + 1);
                owed.add(new Owed(year, due));
                if (due.isAfter(today)) {
                    return owed;
                }
            }
        }
        LocalDate first = approvedOn.plusMonths(firstWithinMonths);
        owed.add(new Owed(first.getYear(), first));
        if (first.isAfter(today)) {
            return owed;
        }
        for (int year = first.getYear() + 1; ; year++) {
            LocalDate due = dueOn.atYear(year);
            owed.add(new Owed(year, due));
            if (due.isAfter(today)) {
                return owed;
            }
        }
    }
}
