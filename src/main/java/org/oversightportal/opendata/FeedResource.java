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
import org.oversightportal.common.FormBinding;
import jakarta.inject.Inject;
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
import org.oversightportal.opendata.FeedItems.Item;

/**
 * Atom feeds of what changes, for feed readers (written with ROME): new and revised disclosures,
 * comment periods open and closing, board decisions, overdue reports. Every feed can be narrowed to
 * one agency ({@code ?agency=}), one vendor ({@code ?vendor=}, with its subsidiaries) or one
 * technology ({@code ?technology=}).
 */
@Path("/feeds")
public class FeedResource {

    static final String ATOM = "application/atom+xml; charset=UTF-8";

    @Inject
    FeedItems feedItems;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @GET
    @Path("{topic}.atom")
    public Response feed(@RestPath String topic, @RestQuery String agency, @RestQuery String vendor,
            @RestQuery String technology) {
        for (String slug : new String[] { agency, vendor, technology }) {
            if (slug != null && !slug.isBlank() && !Slugs.isValid(slug)) {
                throw new NotFoundException();
            }
        }
        if (!FeedItems.TOPICS.contains(topic)) {
            throw new NotFoundException();
        }
        List<Item> items = feedItems.items(topic, agency, vendor, technology);
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
            e.setTitle(FormBinding.normalizeNewlines(item.title()));
            e.setLink(item.link());
            e.setUpdatedDate(Date.from(item.updated()));
            e.setPublishedDate(Date.from(item.updated()));
            e.setAuthor(config.name());
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            // XML 1.0 cannot carry C0 controls: one stored before the input rule (finding 5) must not break the feed.
            summary.setValue(item.summary() == null ? null : FormBinding.normalizeNewlines(item.summary()));
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

    private SyndLink link(String href) {
        SyndLink l = new SyndLinkImpl();
        l.setRel("alternate");
        l.setHref(href);
        l.setType("text/html");
        return l;
    }
}
