package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** Where the money comes from; grants and free vendor trials need approval too under CCOPS-style laws. */
public enum FundingKind implements Labelled {
    BUDGET, GRANT, DONATION, FREE_TRIAL, OTHER;

    @Override
    public String messagePrefix() {
        return "funding_kind";
    }
}
