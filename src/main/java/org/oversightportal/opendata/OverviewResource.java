package org.oversightportal.opendata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
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

    /**
     * A horizontal bar chart, 640 units wide: each bar's label on its own line(s) above the bar, starting at the
     * left edge, so that no label is cut however long it is. A name (vendor, agency: up to 300 characters, known
     * here) is wrapped onto as many lines as it needs, by a generous estimate of its width; a code-list label
     * (category, hosting type, NDA status) is a translation of at most about 55 characters, one line of the
     * chart's full width in either language ({@code LayoutTest} checks every one drawn in the browser).
     */
    public record Chart(String id, String titleKey, String descKey, String headerKey, List<Bar> bars) {
        static final int WIDTH = 640;
        static final int LINE = 18;
        static final int BAR = 20;
        static final int GAP = 14;
        /** Room right of the longest bar for its count. */
        static final int BAR_MAX = 560;

        public long max() {
            return bars.stream().mapToLong(Bar::value).max().orElse(1);
        }

        public long total() {
            return bars.stream().mapToLong(Bar::value).sum();
        }

        /** The bars with their label lines and their place, top to bottom. */
        public List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            int top = 4;
            for (Bar bar : bars) {
                Row row = new Row(bar, bar.labelKey() == null ? ChartText.lines(bar.name(), WIDTH) : List.of(""),
                        top, width(bar));
                rows.add(row);
                top += row.height();
            }
            return rows;
        }

        public int height() {
            return Math.max(1, rows().stream().mapToInt(Row::height).sum()) + 4;
        }

        /** Bar length: at most {@link #BAR_MAX} units, and at least 2 so that a count of 1 still shows. */
        long width(Bar bar) {
            return Math.max(2, Math.round((double) BAR_MAX * bar.value() / Math.max(1, max())));
        }
    }

    /** One bar of a chart: its label's lines (one empty line for a code-list label), then the bar. */
    public record Row(Bar bar, List<String> lines, int top, long width) {
        public int height() {
            return lines.size() * Chart.LINE + 4 + Chart.BAR + Chart.GAP;
        }

        /** The baseline of the label's line {@code index}. */
        public int lineY(int index) {
            return top + 14 + index * Chart.LINE;
        }

        public int barY() {
            return top + lines.size() * Chart.LINE + 4;
        }

        public long valueX() {
            return width + 8;
        }

        public int valueY() {
            return barY() + 15;
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
