package org.oversightportal.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    Http http();

    /** How the portal sees its clients behind proxies ({@link ClientAddress}). */
    interface Http {
        /**
         * The proxies in front of the portal (addresses or CIDR ranges, such as the ingress controller's pod
         * network): only their X-Forwarded-For is read. Empty: the socket's peer is the client.
         */
        Optional<List<String>> trustedProxies();
    }

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

        /** Flags from different people after which a published comment is hidden until a moderator reviews it. */
        @WithDefault("3")
        int flagThreshold();

        /**
         * Distinct networks (IPv4 /24, IPv6 /48) the flags must come from before they hide a comment; until then
         * the moderators are told and the comment stays. One person with many addresses of one network is one.
         */
        @WithDefault("2")
        int flagMinNetworks();

        /**
         * Receipt emails one recipient may be sent per day (in {@link PortalConfig#timeZone()}); past it the
         * comment is still accepted, and its receipt is only on screen. 0 sends none.
         */
        @WithDefault("3")
        int receiptsPerAddressPerDay();

        /** Where moderators are told that flags hid a comment (or would have): an address or list; empty for none. */
        Optional<String> moderatorEmail();

        /** Entries of a comment thread per page (a campaign counts as one entry). */
        @WithDefault("20")
        int threadPageSize();

        RateLimit rateLimit();
    }

    /** Comment submissions and flags per address, counted across every portal instance. */
    interface RateLimit {
        /** How many submissions (comments and flags together) one address may make per window. */
        @WithDefault("5")
        int submissions();

        /** The window over which they are counted. */
        @WithDefault("10m")
        Duration window();

        /**
         * How many comments one address may look up by tracking number per window: tracking numbers carry about
         * 40 bits, so unlimited look-ups would let anyone walk them.
         */
        @WithDefault("30")
        int lookups();

        /**
         * Addresses never limited, such as a public library's kiosks behind one address. With a proxy
         * in front, the portal sees the client's address only if {@code portal.http.trusted-proxies} names it.
         */
        Optional<List<String>> exempt();
    }

    Mail mail();

    Downloads downloads();

    interface Downloads {
        /** Rows read per statement while a download is written (memory stays at one batch). */
        @WithDefault("1000")
        int batchSize();

        /** How old the full bulk download may get before it is rebuilt (an ISO-8601 or short duration). */
        @WithDefault("24h")
        java.time.Duration bulkMaxAge();

        /** How often an instance checks whether the bulk download is due ("off" to never build on schedule). */
        @WithDefault("10m")
        String bulkCheckEvery();
    }

    Subscriptions subscriptions();

    interface Subscriptions {
        /** At most this many entries are listed in one email; the rest are counted, with a link to the feed. */
        @WithDefault("20")
        int maxEntriesPerEmail();

        /** How often new entries are emailed to immediate subscribers (and weekly digests checked); "off" to stop. */
        @WithDefault("60s")
        String deliverEvery();
    }

    Reports reports();

    /** When annual use reports are due: the ordinance's rule. */
    interface Reports {
        /**
         * {@code fixed-date}: the report on year Y is due on {@link #dueOn()} of Y+1 (Oakland: 15 March).
         * {@code after-approval}: the first report is due {@link #firstWithinMonths()} after approval,
         * then every year on {@link #dueOn()} (San Francisco: 12 months, then 1 November).
         */
        @WithDefault("fixed-date")
        DueRule rule();

        /** Month and day, MM-DD. */
        @WithDefault("03-15")
        String dueOn();

        @WithDefault("12")
        int firstWithinMonths();

        /** The longest extension the board may grant for one report (Oakland: 60 days); 0 for none. */
        @WithDefault("60")
        int maxExtensionDays();

        /** Agencies are reminded this many days before a report is due, and again when it is overdue. */
        @WithDefault("30")
        int remindDaysBefore();

        /** When the reminder job runs (a Quarkus cron expression). */
        @WithDefault("0 0 7 * * ?")
        String remindCron();

        /** The name of the oversight body, as decisions record it. */
        @WithDefault("Privacy Advisory Commission")
        String boardName();
    }

    enum DueRule {
        FIXED_DATE, AFTER_APPROVAL
    }

    interface Mail {
        /** How often queued email is sent (a duration such as 15s, or "off" to leave it queued). */
        @WithDefault("15s")
        String sendEvery();

        /** Sent (or given-up) emails, which hold the recipient and the text, are deleted this long after. */
        @WithDefault("30d")
        Duration keepSent();

        /** When that clean-up runs (a Quarkus cron expression, or "off"); one instance does it. */
        @WithDefault("0 17 3 * * ?")
        String purgeCron();
    }

    /** The portal's public address, used for links in emails (no trailing slash). */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** Rendered anonymous pages (web.PageCache). */
    Pages pageCache();

    /** The public and filing API (api.*). */
    Api api();

    interface Api {
        /** The largest request body the API takes (api.ApiBodyLimit); bigger ones get a 413 problem. */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();
    }

    interface Pages {
        /** How long a rendered page is served, and its Cache-Control max-age; 0 turns the cache off. */
        @WithDefault("5s")
        Duration freshness();
    }

    interface Inventory {
        /** Rows per inventory page. */
        @WithDefault("25")
        int pageSize();

        /**
         * Agencies or vendors offered as a drop-down filter at most; past this (a state or national registry),
         * the filter is a text field, so that the inventory page does not carry thousands of options.
         */
        @WithDefault("300")
        int maxFilterOptions();
    }
}
