package org.oversightportal.testsupport;

/** The agencies the demo realm's staff accounts belong to, as their tokens name them. */
public final class Identities {

    public static final String WASHINGTON = "washington-county-sheriff";
    public static final String ORLANDO = "orlando-police";
    public static final String WASHINGTON_GROUP = "[\"/agencies/washington-county-sheriff\"]";
    public static final String ORLANDO_GROUP = "[\"/agencies/orlando-police\"]";

    private Identities() {
    }
}
