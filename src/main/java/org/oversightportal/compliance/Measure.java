package org.oversightportal.compliance;

import org.oversightportal.common.Labelled;

/** What the compliance dashboard counts, per agency; each has the list behind its number. */
public enum Measure implements Labelled {
    WITHOUT_APPROVAL, OVERDUE, DUE_SOON, NDA_WITHHELD, EXIGENT_UNREPORTED, CHANGES_UNANSWERED;

    @Override
    public String messagePrefix() {
        return "measure";
    }

    /** As in URLs: without-approval, overdue, … */
    public String slug() {
        return code().replace('_', '-');
    }

    public static Measure fromSlug(String slug) {
        for (Measure m : values()) {
            if (m.slug().equals(slug)) {
                return m;
            }
        }
        return null;
    }
}
