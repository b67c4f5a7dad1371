package org.oversightportal.inventory;

import java.util.Map;

/** Lets tests in other packages start from the Washington County case form. */
public final class WashingtonCountyCaseAccess {

    private WashingtonCountyCaseAccess() {
    }

    public static Map<String, String> form(String name) {
        return WashingtonCountyCase.form(name);
    }
}
