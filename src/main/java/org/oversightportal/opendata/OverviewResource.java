package org.oversightportal.opendata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.oversightportal.common.SqlValues;

/**
 * The overview: the jurisdiction's surveillance at a glance, as charts drawn on the server (SVG with a
 * title and a description, no script) each followed by its data as a table, for screen readers and for
 * anyone who wants the numbers. One aggregate query per chart.
 */
@Path("/overview")
@Produces(MediaType.TEXT_HTML)
public class OverviewResource {

    static final int TOP = 10;

    /**
     * One bar: a label (a message key of the label bundle, or a name as stored), how many, and the
     * inventory view behind it.
     */
    public record Bar(String labelKey, String name, long value, String href) {
    }

    /** A horizontal bar chart; geometry for a 640-wide SVG, 30 units a bar. */
    public record Chart(String id, String titleKey, String descKey, String headerKey, List<Bar> bars) {
        public long max() {
            return bars.stream().mapToLong(Bar::value).max().orElse(1);
        }

        public long total() {
            return bars.stream().mapToLong(Bar::value).sum();
        }

        public int height() {
            return Math.max(1, bars.size()) * 30 + 10;
        }

        public int y(int index) {
            return index * 30 + 5;
        }

        public int textY(int index) {
            return index * 30 + 24;
        }

        /** Bar length: at most 300 units, and at least 2 so that a count of 1 still shows. */
        public long width(Bar bar) {
            return Math.max(2, Math.round(300.0 * bar.value() / Math.max(1, max())));
        }

        public long valueX(Bar bar) {
            return 250 + width(bar) + 8;
        }
    }

    @CheckedTemplate(basePath = "opendata")
    static class Templates {
        static native TemplateInstance overview(List<Chart> charts);
    }

    @Inject
    EntityManager em;

    @GET
    public TemplateInstance overview() {
        return Templates.overview(List.of(byCategory(), byHosting(), byVendor(), byNda(), withoutApproval()));
    }

    Chart byCategory() {
        List<Bar> bars = rows("""
                select category, count(*) from disclosure group by category order by 2 desc, 1""").stream()
                .map(r -> new Bar("category_" + lower(r[0]), null, SqlValues.longValue(r[1]),
                        "/technologies?category=" + lower(r[0]))).toList();
        return new Chart("category", "chart_category_title", "chart_category_desc", "chart_col_category", bars);
    }

    Chart byHosting() {
        List<Bar> bars = rows("""
                select h.slug, h.name, case when h.id is null then d.hosting_type end, count(*)
                from disclosure d left join vendor h on h.id = d.hosting_provider_id
                group by h.slug, h.name, case when h.id is null then d.hosting_type end
                order by 4 desc, 2 nulls last limit :top""").stream()
                .map(r -> r[0] != null
                        ? new Bar(null, (String) r[1], SqlValues.longValue(r[3]), "/technologies?hosting=" + r[0])
                        : new Bar("hosting_type_" + lower(r[2]), null, SqlValues.longValue(r[3]),
                                "/technologies?hosting=" + lower(r[2])))
                .toList();
        return new Chart("hosting", "chart_hosting_title", "chart_hosting_desc", "chart_col_hosting", bars);
    }

    Chart byVendor() {
        List<Bar> bars = rows("""
                with recursive owner(id, top_id) as (
                    select id, id from vendor where parent_id is null
                    union all
                    select v.id, o.top_id from vendor v join owner o on v.parent_id = o.id)
                select t.slug, t.name, count(*) from disclosure d join owner o on o.id = d.vendor_id
                join vendor t on t.id = o.top_id group by t.slug, t.name order by 3 desc, 2 limit :top""").stream()
                .map(r -> new Bar(null, (String) r[1], SqlValues.longValue(r[2]), "/technologies?vendor=" + r[0]))
                .toList();
        return new Chart("vendor", "chart_vendor_title", "chart_vendor_desc", "chart_col_vendor", bars);
    }

    Chart byNda() {
        List<Bar> bars = rows("""
                select nda_status, count(*) from disclosure group by nda_status order by 2 desc, 1""").stream()
                .map(r -> new Bar("nda_status_" + lower(r[0]), null, SqlValues.longValue(r[1]),
                        "/technologies?nda=" + lower(r[0]))).toList();
        return new Chart("nda", "chart_nda_title", "chart_nda_desc", "chart_col_nda", bars);
    }

    Chart withoutApproval() {
        List<Bar> bars = rows("""
                select a.slug, a.name, count(*) from disclosure d join agency a on a.id = d.agency_id
                where d.lifecycle_status in ('IN_USE', 'PILOT')
                  and d.approval_status not in ('APPROVED', 'APPROVED_WITH_CONDITIONS')
                group by a.slug, a.name order by 3 desc, 2 limit :top""").stream()
                .map(r -> new Bar(null, (String) r[1], SqlValues.longValue(r[2]),
                        "/compliance/without-approval?agency=" + r[0])).toList();
        return new Chart("compliance", "chart_compliance_title", "chart_compliance_desc", "chart_col_agency", bars);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        var query = em.createNativeQuery(sql);
        if (sql.contains(":top")) {
            query.setParameter("top", TOP);
        }
        return query.getResultList();
    }

    private static String lower(Object value) {
        return value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
    }
}
