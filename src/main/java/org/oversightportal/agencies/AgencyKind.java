package org.oversightportal.agencies;

import org.oversightportal.common.Labelled;

/** Ordinances cover every agency that acquires surveillance technology, not only police. */
public enum AgencyKind implements Labelled {
    POLICE, SHERIFF, SCHOOL_DISTRICT, TRANSIT, JAIL_CORRECTIONS, PUBLIC_HEALTH, HOUSING, PARKS, OTHER;

    @Override
    public String messagePrefix() {
        return "agency_kind";
    }
}
