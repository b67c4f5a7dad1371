package org.oversightportal.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The portal's own settings, under {@code portal.*} in application.properties. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /** The name shown in the header and page titles. */
    @WithDefault("Oversight Portal")
    String name();

    /** Load the demo agencies, vendors and disclosures at start-up; safe to leave on. */
    @WithDefault("false")
    boolean demoData();

    /** The jurisdiction's time zone, in which dates are shown. */
    @WithDefault("UTC")
    String timeZone();

    Inventory inventory();

    Comments comments();

    interface Comments {
        /** Length of a comment period opened when a disclosure is first submitted (some ordinances: 45). */
        @WithDefault("30")
        int periodDays();

        /** Longest comment, in characters. */
        @WithDefault("5000")
        int maxLength();

        /** A form sent back faster than this was not filled in by a person. */
        @WithDefault("3")
        int minFillSeconds();
    }

    interface Inventory {
        /** Rows per inventory page. */
        @WithDefault("25")
        int pageSize();
    }
}
