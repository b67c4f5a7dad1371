package org.oversightportal.common;

/**
 * A record of the portal changed: raised (as a CDI event) by every audited change ({@link AuditLog}), which is every
 * state change a person or a job makes, and by the work that writes records without a person behind each row (the
 * demo data, an import batch). Whoever keeps copies of what pages show, such as the page cache, observes it.
 *
 * @param type the kind of record, as the audit log names it ({@code disclosure}, {@code public_comment}, ...)
 * @param id its id or slug, when there is one
 * @param action what happened ({@code disclosure.submit}, ...)
 */
public record RecordChanged(String type, Object id, String action) {

    /**
     * Kinds of record that no public page shows: the bulk archive's builds (a thousand chunks, announced on the data
     * page only by the next request anyway), subscriptions and the outbox. A change to one leaves pages as they are.
     */
    static final java.util.Set<String> NOT_ON_PAGES = java.util.Set.of("bulk_download", "subscription", "email_outbox",
            "report_reminder");

    /** Whether a public page may show this change. */
    public boolean shownOnPages() {
        return type == null || !NOT_ON_PAGES.contains(type);
    }
}
