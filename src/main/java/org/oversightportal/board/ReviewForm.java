package org.oversightportal.board;

import org.oversightportal.common.MultiLine;

/** The review form as typed. Conditions are one per line. */
public class ReviewForm {
    public String hearingDate;
    public String hearingPlace;
    public String decision;
    @MultiLine
    public String conditions;
    public String consentAgenda;
    public String votesFor;
    public String votesAgainst;
    public String votesAbstain;
    public String legislation;
    @MultiLine
    public String rationale;
}
