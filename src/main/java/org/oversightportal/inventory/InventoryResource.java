package org.oversightportal.inventory;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.comments.CommentService;
import org.oversightportal.reports.ReportHistory;
import org.oversightportal.vendors.Vendor;
import org.oversightportal.pagecache.PageCache;

/** The public inventory of surveillance technologies and each technology's page. */
@Path("/technologies")
@Produces(MediaType.TEXT_HTML)
public class InventoryResource {

    /**
     * The choices offered by the inventory's filter form. Agencies, vendors or hosting providers are null when there
     * are too many to list (more than {@code portal.inventory.max-filter-options}): the form then has a text field.
     */
    public record Facets(List<FacetOption> agencies, List<FacetOption> vendors, List<FacetOption> hostingProviders) {
        public AgencyKind[] kinds() {
            return AgencyKind.values();
        }

        public Category[] categories() {
            return Category.values();
        }

        public NdaStatus[] ndaStatuses() {
            return NdaStatus.values();
        }

        public LifecycleStatus[] statuses() {
            return LifecycleStatus.values();
        }

        public Capability[] capabilities() {
            return Capability.values();
        }

        public InventoryFilter.Sort[] sorts() {
            return InventoryFilter.Sort.values();
        }
    }

    @CheckedTemplate(basePath = "inventory")
    static class Templates {
        static native TemplateInstance list(InventoryFilter filter, InventoryPage page, Facets facets);

        static native TemplateInstance detail(Disclosure d, List<RevisionInfo> revisions, CommentService.Summary comments,
                ReportHistory.History reports, String notice);
    }

    @Inject
    InventoryQuery inventory;

    @Inject
    CommentService comments;

    @Inject
    ReportHistory history;

    @Inject
    org.oversightportal.common.PortalConfig config;

    @Inject
    PageCache pages;

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers, @RestQuery String q,
            @RestQuery String agency, @RestQuery String kind, @RestQuery String category, @RestQuery String vendor,
            @RestQuery String hosting, @RestQuery String nda, @RestQuery String status, @RestQuery String capability, @RestQuery String sort, @RestQuery String after) {
        InventoryFilter filter = InventoryFilter.parse(q, agency, kind, category, vendor, hosting, nda, status,
                capability, sort, after);
        if (uri.getQueryParameters().values().stream().anyMatch(v -> v.stream().anyMatch(String::isBlank))) {
            // The filter form sends every field, empty ones too: show the view under its short address.
            return Response.seeOther(URI.create("/technologies" + filter.queryString())).build();
        }
        if (filter.rejected().contains("agency") || filter.rejected().contains("vendor")
                || filter.rejected().contains("hosting")) {
            // Typed into the text field of a long list, an agency's or vendor's (or hosting provider's) name stands
            // for its identifier.
            URI named = byName(filter, agency, vendor, hosting);
            if (named != null) {
                return Response.seeOther(named).build();
            }
        }
        // Anonymous views come from the page cache while fresh (see PageCache); a view with a rejected value
        // shows a notice about it and is always rendered.
        InventoryFilter parsed = filter;
        int max = config.inventory().maxFilterOptions();
        // The filter lists are the same for every visitor, signed in or not: kept like the page cache's pages.
        return pages.page(filter.rejected().isEmpty() ? "/technologies" + filter.queryString() : null, headers,
                () -> Templates.list(parsed, inventory.page(parsed), pages.value("inventory-facets " + max,
                        () -> facets(max))));
    }

    /**
     * Whether typed text could be a name: not too long and free of control characters (PostgreSQL refuses a
     * NUL byte outright), so that anything else is simply "no such agency" instead of an error.
     */
    static boolean plausibleName(String text) {
        return text != null && text.length() <= 300 && text.codePoints().noneMatch(Character::isISOControl);
    }

    private static URI byName(InventoryFilter filter, String agency, String vendor, String hosting) {
        String agencySlug = null;
        if (filter.rejected().contains("agency") && plausibleName(agency)) {
            List<Agency> named = Agency.<Agency>find("lower(name) = lower(?1)", agency.strip()).page(0, 2).list();
            agencySlug = named.size() == 1 ? named.get(0).slug : null;
        }
        String vendorSlug = filter.rejected().contains("vendor") ? vendorSlug(vendor) : null;
        String hostingSlug = filter.rejected().contains("hosting") ? vendorSlug(hosting) : null;
        if (agencySlug == null && vendorSlug == null && hostingSlug == null) {
            return null;
        }
        InventoryFilter named = InventoryFilter.parse(filter.q(), agencySlug != null ? agencySlug : filter.agency(),
                code(filter.kind()), code(filter.category()), vendorSlug != null ? vendorSlug : filter.vendor(),
                hostingSlug != null ? hostingSlug : filter.hosting(), code(filter.nda()), code(filter.status()),
                code(filter.capability()), code(filter.sort()), null);
        return URI.create("/technologies" + named.queryString());
    }

    /** The identifier of the one vendor of that name (any case), or null. */
    private static String vendorSlug(String name) {
        if (!plausibleName(name)) {
            return null;
        }
        List<Vendor> named = Vendor.<Vendor>find("lower(name) = lower(?1)", name.strip()).page(0, 2).list();
        return named.size() == 1 ? named.get(0).slug : null;
    }

    private static String code(org.oversightportal.common.Labelled value) {
        return value == null ? null : value.code();
    }

    @GET
    @Path("{slug}")
    public Response detail(@Context UriInfo uri, @Context HttpHeaders headers, @RestPath String slug,
            @RestQuery String notice, @RestQuery("comments") int commentPage) {
        String known = switch (notice == null ? "" : notice) {
            case "submitted" -> "notice_submitted";
            case "period" -> "notice_period_changed";
            case "decided" -> "notice_decided";
            default -> null;
        };
        // Anonymous views come from the page cache while fresh (see PageCache). Only a view under its own
        // address is kept: other query parameters would show in the page's links (the language switch), so
        // such a view is always rendered, and a made-up parameter can never fill the cache.
        String path = "/technologies/" + slug;
        String canonical = detailQuery(known == null ? null : notice, commentPage);
        String query = uri.getRequestUri().getRawQuery();
        String key = canonical.equals(query == null ? "" : "?" + query) ? path + canonical : null;
        return pages.page(key, headers, () -> {
            Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
            return Templates.detail(d, RevisionInfo.of(d), comments.summaryFor(d, commentPage), history.of(d), known);
        });
    }

    /** The query of a technology page's view: its notice and comment page, in the order links write them. */
    static String detailQuery(String notice, int commentPage) {
        StringBuilder query = new StringBuilder();
        if (notice != null) {
            query.append("?notice=").append(notice);
        }
        if (commentPage != 0) {
            query.append(query.isEmpty() ? '?' : '&').append("comments=").append(commentPage);
        }
        return query.toString();
    }

    /**
     * The filter form's lists, in three statements whatever the size of the inventory: at most {@code max} + 1
     * agencies, vendors and hosting providers are read (more means "too many to list"); hosting providers are the
     * vendors that host something, found through the hosting provider's index rather than by reading every
     * disclosure. Only identifiers and names are read, and only a list that is short enough leaves the database:
     * PostgreSQL counts the {@code max} + 1 rows itself. At national scale all three lists are too long, and
     * turning 903 rows into objects only to drop them was 13 % of the CPU of an uncached inventory page (JFR).
     */
    static Facets facets(int max) {
        return new Facets(options("select a.slug, a.name from agency a", max),
                options("select v.slug, v.name from vendor v", max),
                options("select v.slug, v.name from vendor v where exists"
                        + " (select 1 from disclosure d where d.hosting_provider_id = v.id)", max));
    }

    /** The rows of {@code select} by name, or null when there are more than {@code max} (then one row is sent). */
    private static List<FacetOption> options(String select, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Agency.getEntityManager().createNativeQuery("select slug, name, n from (select slug,"
                + " name, count(*) over () as n, row_number() over (order by name) as rn from (" + select
                + " order by 2 limit :limit) t) u where n <= :max or rn = 1 order by name")
                .setParameter("limit", max + 1).setParameter("max", max).getResultList();
        return !rows.isEmpty() && ((Number) rows.get(0)[2]).longValue() > max ? null
                : rows.stream().map(r -> new FacetOption((String) r[0], (String) r[1])).toList();
    }
}
