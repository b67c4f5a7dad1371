package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** How often a cost recurs; a single invoice is recorded as one-time. */
public enum CostPeriod implements Labelled {
    ONE_TIME, MONTHLY, ANNUAL;

    @Override
    public String messagePrefix() {
        return "cost_period";
    }
}
