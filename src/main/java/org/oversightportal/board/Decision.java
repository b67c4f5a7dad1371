package org.oversightportal.board;

import java.util.List;
import org.oversightportal.common.Labelled;

/** What the oversight body decides: on a disclosure, or on an annual report (ordinances.md §3). */
public enum Decision implements Labelled {
    APPROVE(true), APPROVE_WITH_CONDITIONS(true), REQUEST_CHANGES(true), REJECT(true),
    CONTINUE(false), MODIFY(false), CEASE(false);

    /** True for decisions on a disclosure, false for decisions on an annual report. */
    public final boolean onDisclosure;

    Decision(boolean onDisclosure) {
        this.onDisclosure = onDisclosure;
    }

    @Override
    public String messagePrefix() {
        return "decision";
    }

    public static List<Decision> forDisclosures() {
        return List.of(APPROVE, APPROVE_WITH_CONDITIONS, REQUEST_CHANGES, REJECT);
    }

    public static List<Decision> forReports() {
        return List.of(CONTINUE, MODIFY, CEASE);
    }
}
