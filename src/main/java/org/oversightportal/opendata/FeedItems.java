package org.oversightportal.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SqlValues;
import org.oversightportal.reports.Obligation;
import org.oversightportal.reports.Obligations;

/**
 * What changed, as entries: new and revised disclosures, comment periods open, board decisions, overdue
 * reports, newest first, each topic narrowed to one agency, vendor (with its subsidiaries) or technology.
 * The Atom feeds and the email subscriptions both read them here, so an email never says something the
 * feed does not.
 */
@ApplicationScoped
public class FeedItems {

    /** The topics, as they appear in feed addresses and subscriptions. */
    public static final List<String> TOPICS = List.of("technologies", "comment-periods", "decisions",
            "overdue-reports");

    static final int ENTRIES = 50;

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Obligations obligations;

    /** One entry, before it becomes Atom or an email line. */
    public record Item(String id, String title, String link, Instant updated, String summary) {
    }

    /**
     * The newest entries of a topic (at most 50), narrowed by the slugs given (null or blank: not
     * narrowed). An unknown topic gives an empty list.
     */
    public List<Item> items(String topic, String agency, String vendor, String technology) {
        String where = filter(agency, vendor, technology);
        return switch (topic) {
            case "technologies" -> technologies(where, agency, vendor, technology);
            case "decisions" -> decisions(where, agency, vendor, technology);
            case "comment-periods" -> periods(where, agency, vendor, technology);
            case "overdue-reports" -> overdue(agency, technology);
            default -> List.of();
        };
    }

    private List<Item> technologies(String where, String agency, String vendor, String technology) {
        List<Object[]> rows = rows("""
                select d.slug, d.name, a.name, d.revision, d.submitted_at, coalesce(nullif(d.submitted_by_name, ''), a.name)
                from disclosure d
                join agency a on a.id = d.agency_id where true""" + where
                + " order by d.submitted_at desc, d.id desc", agency, vendor, technology);
        return rows.stream().map(r -> new Item(tag("disclosure/" + r[0] + "/" + r[3]),
                (((Number) r[3]).intValue() == 1 ? "New disclosure: " : "Revised (revision " + r[3] + "): ") + r[1]
                        + " — " + r[2], url("/technologies/" + r[0]), SqlValues.instant(r[4]),
                "Submitted by " + r[5] + ".")).toList();
    }

    private List<Item> decisions(String where, String agency, String vendor, String technology) {
        List<Object[]> rows = rows("""
                select d.slug, d.name, a.name, b.id, b.decision, b.hearing_date, b.decided_at, b.rationale,
                       r.reporting_year
                from board_review b join disclosure d on d.id = b.disclosure_id join agency a on a.id = d.agency_id
                left join annual_report r on r.id = b.annual_report_id where true""" + where
                + " order by b.decided_at desc, b.id desc", agency, vendor, technology);
        return rows.stream().map(r -> new Item(tag("decision/" + r[3]),
                "Decision: " + ((String) r[4]).toLowerCase().replace('_', ' ') + " — " + r[1] + " (" + r[2] + ")"
                        + (r[8] == null ? "" : ", " + r[8] + " annual report"),
                url("/technologies/" + r[0] + "#decision-" + r[3]), SqlValues.instant(r[6]),
                "Hearing of " + r[5] + ". " + r[7])).toList();
    }

    private List<Item> periods(String where, String agency, String vendor, String technology) {
        List<Object[]> rows = rows("""
                select d.slug, d.name, a.name, p.id, p.opens_at, p.closes_at, p.updated_at from comment_period p
                join disclosure d on d.id = p.disclosure_id join agency a on a.id = d.agency_id
                where p.closes_at > now()""" + where + " order by p.closes_at, p.id", agency, vendor, technology);
        return rows.stream().map(r -> new Item(tag("comment-period/" + r[3] + "/" + SqlValues.instant(r[5]).getEpochSecond()),
                "Comments open until " + SqlValues.instant(r[5]).toString().substring(0, 10) + ": " + r[1] + " — "
                        + r[2], url("/technologies/" + r[0] + "#comments"), SqlValues.instant(r[6]),
                "Residents may comment until " + SqlValues.instant(r[5]) + ".")).toList();
    }

    private List<Item> overdue(String agency, String technology) {
        return obligations.list(null, null).stream().filter(Obligation::isOverdue)
                .filter(o -> agency == null || agency.isBlank() || o.agencySlug().equals(agency))
                .filter(o -> technology == null || technology.isBlank() || o.slug().equals(technology))
                .sorted((a, b) -> b.effectiveDue().compareTo(a.effectiveDue())).limit(ENTRIES)
                .map(o -> new Item(tag("overdue/" + o.slug() + "/" + o.year()),
                        "Overdue: the " + o.year() + " annual report on " + o.technology() + " — " + o.agencyName(),
                        url("/technologies/" + o.slug() + "#reports"),
                        o.effectiveDue().plusDays(1).atStartOfDay(obligations.zone()).toInstant(),
                        "Due " + o.effectiveDue() + "; " + o.daysOverdue() + " days overdue."))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String agency, String vendor, String technology) {
        var q = em.createNativeQuery(sql + " limit " + ENTRIES);
        if (agency != null && !agency.isBlank()) {
            q.setParameter("agency", agency);
        }
        if (vendor != null && !vendor.isBlank()) {
            q.setParameter("vendor", vendor);
        }
        if (technology != null && !technology.isBlank()) {
            q.setParameter("technology", technology);
        }
        return q.getResultList();
    }

    private static String filter(String agency, String vendor, String technology) {
        StringBuilder w = new StringBuilder();
        if (agency != null && !agency.isBlank()) {
            w.append(" and a.slug = :agency");
        }
        if (vendor != null && !vendor.isBlank()) {
            w.append(" and d.vendor_id in (with recursive tree(id) as (select id from vendor where slug = :vendor"
                    + " union select v.id from vendor v join tree t on v.parent_id = t.id) select id from tree)");
        }
        if (technology != null && !technology.isBlank()) {
            w.append(" and d.slug = :technology");
        }
        return w.toString();
    }

    private String url(String path) {
        return config.baseUrl() + path;
    }

    private String tag(String specific) {
        String host = java.net.URI.create(config.baseUrl()).getHost();
        return "tag:" + host + ",2026:" + specific;
    }
}
