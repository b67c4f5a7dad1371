package org.oversightportal.opendata;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.Slugs;
import org.oversightportal.common.SqlValues;
import org.oversightportal.reports.Obligation;
import org.oversightportal.reports.Obligations;

/**
 * Atom feeds of what changes, for feed readers (written with ROME): new and revised disclosures,
 * comment periods open and closing, board decisions, overdue reports. Every feed can be narrowed to
 * one agency ({@code ?agency=}), one vendor ({@code ?vendor=}, with its subsidiaries) or one
 * technology ({@code ?technology=}).
 */
@Path("/feeds")
public class FeedResource {

    static final int ENTRIES = 50;
    static final String ATOM = "application/atom+xml; charset=UTF-8";

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Obligations obligations;

    @Inject
    Clock clock;

    /** One entry, before it becomes Atom. */
    record Item(String id, String title, String link, Instant updated, String summary) {
    }

    @GET
    @Path("{topic}.atom")
    public Response feed(@RestPath String topic, @RestQuery String agency, @RestQuery String vendor,
            @RestQuery String technology) {
        for (String slug : new String[] { agency, vendor, technology }) {
            if (slug != null && !slug.isBlank() && !Slugs.isValid(slug)) {
                throw new NotFoundException();
            }
        }
        String where = filter(agency, vendor, technology);
        List<Item> items = switch (topic) {
            case "technologies" -> technologies(where, agency, vendor, technology);
            case "decisions" -> decisions(where, agency, vendor, technology);
            case "comment-periods" -> periods(where, agency, vendor, technology);
            case "overdue-reports" -> overdue(agency, technology);
            default -> throw new NotFoundException();
        };
        String self = config.baseUrl() + "/feeds/" + topic + ".atom" + query(agency, vendor, technology);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(config.name() + ": " + title(topic) + scope(agency, vendor, technology));
        feed.setUri(self);
        feed.setLink(config.baseUrl() + "/");
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType("application/atom+xml");
        feed.setLinks(List.of(selfLink, link(config.baseUrl() + "/")));
        feed.setPublishedDate(Date.from(items.isEmpty() ? Instant.now(clock) : items.get(0).updated()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Item item : items) {
            SyndEntry e = new SyndEntryImpl();
            e.setUri(item.id());
            e.setTitle(item.title());
            e.setLink(item.link());
            e.setUpdatedDate(Date.from(item.updated()));
            e.setPublishedDate(Date.from(item.updated()));
            e.setAuthor(config.name());
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(item.summary());
            e.setDescription(summary);
            entries.add(e);
        }
        feed.setEntries(entries);
        try {
            return Response.ok(new SyndFeedOutput().outputString(feed)).type(ATOM)
                    .header("Cache-Control", "public, max-age=300").build();
        } catch (FeedException e) {
            throw new IllegalStateException("Feed " + topic + " could not be written", e);
        }
    }

    private List<Item> technologies(String where, String agency, String vendor, String technology) {
        List<Object[]> rows = rows("""
                select d.slug, d.name, a.name, d.revision, d.submitted_at, d.submitted_by from disclosure d
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

    private static String title(String topic) {
        return switch (topic) {
            case "technologies" -> "new and revised disclosures";
            case "decisions" -> "oversight board decisions";
            case "comment-periods" -> "comment periods open";
            default -> "annual reports overdue";
        };
    }

    private static String scope(String agency, String vendor, String technology) {
        return (agency == null || agency.isBlank() ? "" : ", agency " + agency)
                + (vendor == null || vendor.isBlank() ? "" : ", vendor " + vendor)
                + (technology == null || technology.isBlank() ? "" : ", technology " + technology);
    }

    private static String query(String agency, String vendor, String technology) {
        List<String> parts = new ArrayList<>();
        if (agency != null && !agency.isBlank()) {
            parts.add("agency=" + agency);
        }
        if (vendor != null && !vendor.isBlank()) {
            parts.add("vendor=" + vendor);
        }
        if (technology != null && !technology.isBlank()) {
            parts.add("technology=" + technology);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private String url(String path) {
        return config.baseUrl() + path;
    }

    private String tag(String specific) {
        String host = java.net.URI.create(config.baseUrl()).getHost();
        return "tag:" + host + ",2026:" + specific;
    }

    private SyndLink link(String href) {
        SyndLink l = new SyndLinkImpl();
        l.setRel("alternate");
        l.setHref(href);
        l.setType("text/html");
        return l;
    }
}
