package org.oversightportal.board;

/** The review form as typed. Conditions are one per line. */
public class ReviewForm {
    public String hearingDate;
    public String hearingPlace;
    public String decision;
    public String conditions;
    public String consentAgenda;
    public String votesFor;
    public String votesAgainst;
    public String votesAbstain;
    public String legislation;
    public String rationale;
}
