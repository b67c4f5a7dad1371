package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/**
 * Where the disclosure stands with the oversight body. Only the board's decisions (and a board clerk's
 * confirmation of an approval the agency reported) set it; an agency's submission sets it only to
 * {@link #REPORTED_BY_AGENCY} (it reports an outside approval, such as a council ordinance) or, through
 * {@link MaterialChange}, to {@link #PENDING_REVIEW}.
 */
public enum ApprovalStatus implements Labelled {
    NOT_REVIEWED, APPROVED, APPROVED_WITH_CONDITIONS, CHANGES_REQUESTED, REJECTED,
    /** The agency reports an approval by another body; a board clerk has not confirmed it yet. */
    REPORTED_BY_AGENCY,
    /** Decided once, then revised in a way that changes what was decided: back before the board. */
    PENDING_REVIEW;

    @Override
    public String messagePrefix() {
        return "approval";
    }

    public boolean isApproved() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }

    /**
     * A status the board set: the agency's form cannot change it or the approval fields beside it. (A
     * reported approval and "not reviewed" are the agency's to state.)
     */
    public boolean ownedByBoard() {
        return this != NOT_REVIEWED && this != REPORTED_BY_AGENCY;
    }

    /** A decision on what the disclosure describes, which a material revision must bring back to the board. */
    public boolean isDecision() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS || this == REJECTED;
    }
}
