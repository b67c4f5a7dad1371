package org.oversightportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversightportal.reports.Obligation;
import org.oversightportal.reports.Obligations;
import org.oversightportal.pagecache.PageCache;

/**
 * Who complies with the ordinance, as of today: for each measure, the list of what counts against an
 * agency (a technology, a report, an exigent use); the dashboard's numbers are the lengths of those
 * lists, so a number and the list behind it cannot disagree.
 *
 * <p>Computing them reads every obligation and several whole-table queries, so the results are kept like the page
 * cache's values ({@link PageCache#value}): shared by every visitor (they hold nothing about the visitor), served
 * at most the cache's freshness, and dropped at once by any write this instance makes (review finding 13).
 */
@ApplicationScoped
public class ComplianceService {

    /** One thing that counts against an agency. {@code days} is days overdue or left, where it applies. */
    public record Item(String agencySlug, String agencyName, String technologySlug, String technology, Integer year,
            LocalDate date, Long days, String detail) {
        public String yearText() {
            return year == null ? "" : year.toString();
        }

        /** The label key of the approval status, for "in use without approval". */
        public String approvalKey() {
            return "approval_" + (detail == null ? "not_reviewed" : detail.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** One agency's line of the dashboard. */
    public record Row(String agencySlug, String agencyName, Map<Measure, Integer> counts, long maxDaysOverdue) {
        public int count(Measure m) {
            return counts.getOrDefault(m, 0);
        }

        public int withoutApproval() {
            return count(Measure.WITHOUT_APPROVAL);
        }

        public int overdue() {
            return count(Measure.OVERDUE);
        }

        public int dueSoon() {
            return count(Measure.DUE_SOON);
        }

        public int ndaWithheld() {
            return count(Measure.NDA_WITHHELD);
        }

        public int exigentUnreported() {
            return count(Measure.EXIGENT_UNREPORTED);
        }

        public int changesUnanswered() {
            return count(Measure.CHANGES_UNANSWERED);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum() - dueSoon();
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Obligations obligations;

    @Inject
    PageCache cache;

    public LocalDate today() {
        return obligations.today();
    }

    /** The items of one measure, for every agency or one (by slug). */
    public List<Item> items(Measure measure, String agencySlug) {
        List<Item> items = cache.value("compliance-items " + today() + " " + measure, () -> List.copyOf(compute(measure)));
        return agencySlug == null ? items : items.stream().filter(i -> i.agencySlug().equals(agencySlug)).toList();
    }

    private List<Item> compute(Measure measure) {
        return switch (measure) {
            case OVERDUE, DUE_SOON -> reports(measure);
            case WITHOUT_APPROVAL -> technologies("""
                    d.lifecycle_status in ('IN_USE', 'PILOT')
                    and d.approval_status not in ('APPROVED', 'APPROVED_WITH_CONDITIONS')""", "d.approval_status");
            case NDA_WITHHELD -> technologies("d.nda_status = 'SIGNED_WITHHELD'", "d.nda_status");
            case CHANGES_UNANSWERED -> technologies("""
                    d.approval_status = 'CHANGES_REQUESTED'
                    and d.submitted_at <= (select max(r.decided_at) from board_review r where r.disclosure_id = d.id)""",
                    "d.approval_status");
            case EXIGENT_UNREPORTED -> exigent();
        };
    }

    /**
     * One line per agency with anything to report, plus every agency with nothing against it. The list is
     * shared by every reader: it must not be changed.
     */
    public List<Row> rows(String sort) {
        return cache.value("compliance-rows " + today() + " " + sort, () -> List.copyOf(computeRows(sort)));
    }

    private List<Row> computeRows(String sort) {
        Map<String, Row> rows = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> agencies = em.createNativeQuery("select slug, name from agency order by name").getResultList();
        for (Object[] a : agencies) {
            rows.put((String) a[0], new Row((String) a[0], (String) a[1], new EnumMap<>(Measure.class), 0));
        }
        for (Measure m : Measure.values()) {
            for (Item item : items(m, null)) {
                Row row = rows.get(item.agencySlug());
                row.counts().merge(m, 1, Integer::sum);
                if (m == Measure.OVERDUE && item.days() != null && item.days() > row.maxDaysOverdue()) {
                    rows.put(item.agencySlug(), new Row(row.agencySlug(), row.agencyName(), row.counts(), item.days()));
                }
            }
        }
        List<Row> list = new ArrayList<>(rows.values());
        Comparator<Row> byName = Comparator.comparing(r -> r.agencyName().toLowerCase(java.util.Locale.ROOT));
        Measure measure = sort == null ? null : Measure.fromSlug(sort.replaceFirst("^-", ""));
        if ("-agency".equals(sort)) {
            list.sort(byName.reversed());
        } else if (measure != null) {
            list.sort(Comparator.comparingInt((Row r) -> r.count(measure)).reversed().thenComparing(byName));
        } else {
            list.sort(byName);
        }
        return list;
    }

    /** The totals over every agency. */
    public Map<Measure, Integer> totals(List<Row> rows) {
        Map<Measure, Integer> totals = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            totals.put(m, rows.stream().mapToInt(r -> r.count(m)).sum());
        }
        return totals;
    }

    private List<Item> reports(Measure measure) {
        List<Item> items = new ArrayList<>();
        for (Obligation o : obligations.list(null, null)) {
            if (measure == Measure.OVERDUE && o.isOverdue()) {
                items.add(new Item(o.agencySlug(), o.agencyName(), o.slug(), o.technology(), o.year(), o.effectiveDue(),
                        o.daysOverdue(), null));
            } else if (measure == Measure.DUE_SOON && o.isDueSoon()) {
                items.add(new Item(o.agencySlug(), o.agencyName(), o.slug(), o.technology(), o.year(), o.effectiveDue(),
                        o.daysLeft(), null));
            }
        }
        if (measure == Measure.OVERDUE) {
            items.sort(Comparator.comparing(Item::days).reversed());
        }
        return items;
    }

    private List<Item> technologies(String condition, String detailColumn) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.slug, a.name, d.slug, d.name, " + detailColumn
                + " from disclosure d join agency a on a.id = d.agency_id where " + condition
                + " order by a.name, d.name").getResultList();
        return rows.stream().map(r -> new Item((String) r[0], (String) r[1], (String) r[2], (String) r[3], null, null,
                null, (String) r[4])).toList();
    }

    private List<Item> exigent() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.slug, a.name, d.slug, e.technology_name, e.started_on, e.reason from exigent_use e
                join agency a on a.id = e.agency_id left join disclosure d on d.id = e.disclosure_id
                where e.reported_at is null order by a.name, e.started_on""").getResultList();
        LocalDate today = today();
        return rows.stream().map(r -> {
            LocalDate started = r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4];
            return new Item((String) r[0], (String) r[1], (String) r[2], (String) r[3], null, started,
                    java.time.temporal.ChronoUnit.DAYS.between(started, today), (String) r[5]);
        }).toList();
    }
}
