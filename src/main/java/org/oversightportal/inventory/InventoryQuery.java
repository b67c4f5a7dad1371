package org.oversightportal.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SqlValues;
import org.oversightportal.inventory.InventoryFilter.Sort;
import org.oversightportal.pagecache.PageCache;

/**
 * The public inventory: filters, full-text search and keyset pagination in one SQL statement
 * per page (plus one count). Keyset, not OFFSET, so a page deep in 100,000 rows costs what the
 * first one does; every filter is an indexed column or a text-search index. User input only ever
 * reaches the database as a bound parameter.
 */
@ApplicationScoped
public class InventoryQuery {

    private static final Map<Capability, String> CAPABILITY_COLUMNS = new EnumMap<>(Map.of(
            Capability.FACE_RECOGNITION, "cap_face_recognition",
            Capability.REAL_TIME, "cap_real_time",
            Capability.PERSON_TRACKING, "cap_person_tracking",
            Capability.AUDIO_CAPTURE, "cap_audio_capture",
            Capability.VIDEO_ANALYTICS, "cap_video_analytics",
            Capability.SENTIMENT_ANALYSIS, "cap_sentiment_analysis",
            Capability.TRANSCRIPTION, "cap_transcription"));

    private static final String TS_QUERY = "websearch_to_tsquery('english'::regconfig, :q)";

    /**
     * The words of a disclosure's name and product only: a small vector with a GIN index of its own
     * ({@code disclosure_title_search_idx}, V8). The expression must stay exactly the index's.
     */
    private static final String TITLE_VECTOR =
            "to_tsvector('english'::regconfig, coalesce(t.name, '') || ' ' || coalesce(t.product, ''))";

    /**
     * The planner settings of a text search, for the current transaction only ({@code is_local}): no scan of
     * the table; in relevance order no walk of an index either (in name or newest order, walking that
     * order's index and stopping at the page's last row is the better plan for a frequent word).
     */
    private static String textPlan(Sort sort) {
        return "select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', '"
                + (sort == Sort.RELEVANCE ? "off" : "on") + "', true)";
    }

    /**
     * Relevance of a match: 1 when the words are in its name or product, else 0 (found in its purpose, data or
     * description); ties in id order. Not {@code ts_rank} over the whole text: that reads (and decompresses)
     * every match's full vector, 120-290 ms for the 5,000 matches of one product name at national scale, where
     * this is one more GIN lookup and a hash join. Needs the {@code title} join of {@link #ranked}.
     */
    private static final String RANK = "(case when title.id is null then 0 else 1 end)::real";

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    PageCache pages;

    public InventoryPage page(InventoryFilter filter) {
        return page(filter, config.inventory().pageSize());
    }

    public InventoryPage page(InventoryFilter filter, int pageSize) {
        return page(filter, pageSize, true);
    }

    /**
     * Rows only, without counting the whole view (its total is -1): for callers that never show the total,
     * such as a download read batch by batch, where a count per batch would read the view once per batch.
     */
    public InventoryPage rows(InventoryFilter filter, int pageSize) {
        return page(filter, pageSize, false);
    }

    private InventoryPage page(InventoryFilter filter, int pageSize, boolean counted) {
        return textPlan(filter, () -> readPage(filter, pageSize, counted));
    }

    /**
     * Runs a text search's statements with table scans (and index walks) discouraged, in a transaction of
     * their own (or the caller's) so that the settings end with it ({@link #textPlan(Sort)}). PostgreSQL's
     * planner does not count the cost of reading each row's search vector out of TOAST: for a word in most disclosures
     * ("camera" is in 96,000 of 100,000) it scanned the table, or the primary key in id order, and read every
     * vector: 1.1 s for the count and 1.5 s for the ranked page at national scale. Through the GIN index's
     * bitmap, which needs no vector, they take 0.13 s and 0.29 s; a rare word's plan is the same either way.
     * Filters without text keep the planner's own choice.
     */
    private <T> T textPlan(InventoryFilter filter, Supplier<T> statements) {
        if (filter.q() == null) {
            return statements.get();
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            em.createNativeQuery(textPlan(filter.sort())).getSingleResult();
            return statements.get();
        });
    }

    private InventoryPage readPage(InventoryFilter filter, int pageSize, boolean counted) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);

        Cursor cursor = Cursor.decode(filter.after(), filter.sort());
        boolean cursorRejected = filter.after() != null && cursor == null;
        StringBuilder sql = new StringBuilder(where);
        if (cursor != null) {
            sql.append(where.isEmpty() ? " where " : " and ");
            switch (filter.sort()) {
                case NAME -> {
                    sql.append("(lower(d.name), d.id) > (:cursorName, :cursorId)");
                    params.put("cursorName", cursor.key());
                }
                case NEWEST -> {
                    sql.append("(d.submitted_at, d.id) < (:cursorTime, :cursorId)");
                    params.put("cursorTime", OffsetDateTime.parse(cursor.key()));
                }
                case RELEVANCE -> {
                    // Relevance is only ever the sort of a text search (InventoryFilter.parse): see ranked().
                    sql.append("(").append(RANK).append(" < :cursorRank or (").append(RANK)
                            .append(" = :cursorRank and d.id > :cursorId))");
                    params.put("cursorRank", Float.parseFloat(cursor.key()));
                }
            }
            params.put("cursorId", cursor.id());
        }
        params.put("limit", pageSize + 1);
        String statement = filter.sort() == Sort.RELEVANCE ? ranked(filter, sql.toString(), " limit :limit")
                : select(filter, sql.toString()).append(orderBy(filter.sort())).append(" limit :limit").toString();

        Query query = em.createNativeQuery(statement);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();

        List<InventoryRow> rows = new ArrayList<>();
        String next = null;
        for (int i = 0; i < result.size() && i < pageSize; i++) {
            rows.add(toRow(result.get(i)));
        }
        if (result.size() > pageSize) {
            Object[] last = result.get(pageSize - 1);
            long id = ((Number) last[0]).longValue();
            String key = switch (filter.sort()) {
                case NAME -> (String) last[16];
                case NEWEST -> SqlValues.instant(last[15]).atOffset(java.time.ZoneOffset.UTC).toString();
                case RELEVANCE -> Float.toString(((Number) last[17]).floatValue());
            };
            next = new Cursor(key, id).encode(filter.sort());
        }
        return new InventoryPage(rows, counted ? cachedCount(filter) : -1, next, cursorRejected);
    }

    /**
     * The view's count, kept in the page cache's value cache (same freshness, dropped on every write): the
     * next page of a view, another sort or a repeated filter does not count again. The key is the filter
     * without its sort and position, which do not change the count.
     */
    private long cachedCount(InventoryFilter filter) {
        StringBuilder key = new StringBuilder("inventory-count ");
        filter.params().forEach((name, value) -> {
            if (!name.equals("sort") && !name.equals("after")) {
                // Encoded, so that no typed text can make two filters share a key.
                key.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return pages.value(key.toString(), () -> countStatement(filter));
    }

    /** What {@link #scroll} hands each row to; it may write, hence the {@code IOException}. */
    @FunctionalInterface
    public interface RowHandler {
        void row(InventoryRow row) throws IOException;
    }

    /**
     * Every row of the view (its {@code after} ignored), in the view's order, through one statement read with a
     * server-side cursor: PostgreSQL sends {@code fetchSize} rows per round trip, so memory stays at one fetch
     * however large the view, and the statement is planned and executed once instead of once per keyset page.
     * The cursor lives as long as the caller's transaction, which must be open (without one the driver reads
     * the whole result at once).
     */
    public void scroll(InventoryFilter filter, int fetchSize, RowHandler handler) throws IOException {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        String sql = filter.sort() == Sort.RELEVANCE ? ranked(filter, where, "")
                : select(filter, where).append(orderBy(filter.sort())).toString();
        if (filter.q() != null) {
            // See textPlan: the caller's transaction is open, and the settings end with it.
            em.createNativeQuery(textPlan(filter.sort())).getSingleResult();
        }
        NativeQuery<?> query = em.unwrap(Session.class).createNativeQuery(sql, Object[].class);
        params.forEach(query::setParameter);
        query.setFetchSize(fetchSize);
        query.setReadOnly(true);
        try (ScrollableResults<?> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                handler.row(toRow((Object[]) rows.get()));
            }
        }
    }

    private static final String COLUMNS = "select d.id, d.slug, d.name, d.product, d.category, a.slug as agency_slug,"
            + " a.name as agency_name, a.kind, v.slug as vendor_slug, v.name as vendor_name, d.hosting_type,"
            + " h.name as hosting_name, d.nda_status, d.lifecycle_status, d.approval_status, d.submitted_at,"
            + " lower(d.name) as sort_name";

    private static final String JOINS = " join agency a on a.id = d.agency_id left join vendor v on v.id = d.vendor_id"
            + " left join vendor h on h.id = d.hosting_provider_id";

    /** A view in name or newest order: one statement, the keyset walks an index. */
    private static StringBuilder select(InventoryFilter filter, String conditions) {
        return new StringBuilder(withClause(filter)).append(COLUMNS).append(", null as rank from disclosure d")
                .append(JOINS).append(conditions);
    }

    /**
     * A search in relevance order: the matches are ranked and cut to the page by id alone (with only the joins
     * the filters need), and only the page's rows are then joined to their agency and vendors, instead of
     * joining every match before sorting. {@code conditions} are the filters and keyset, {@code limit} the
     * page's (or nothing).
     */
    private static String ranked(InventoryFilter filter, String conditions, String limit) {
        StringBuilder ranked = new StringBuilder("select d.id, ").append(RANK).append(" as rank from disclosure d")
                .append(filterJoins(filter))
                // offset 0: planned on its own, through the title index, not row by row.
                .append(" left join (select t.id from disclosure t where ").append(TITLE_VECTOR).append(" @@ ")
                .append(TS_QUERY).append(" offset 0) title on title.id = d.id")
                .append(conditions).append(" order by rank desc, d.id").append(limit);
        return withClause(filter) + COLUMNS + ", r.rank from (" + ranked + ") r join disclosure d on d.id = r.id"
                + JOINS + " order by r.rank desc, d.id";
    }

    /** The joins the filters' conditions need ({@link #where} names agency a and hosting provider h). */
    private static String filterJoins(InventoryFilter filter) {
        StringBuilder joins = new StringBuilder();
        if (filter.agency() != null || filter.kind() != null) {
            joins.append(" join agency a on a.id = d.agency_id");
        }
        if (filter.hosting() != null) {
            joins.append(" join vendor h on h.id = d.hosting_provider_id");
        }
        return joins.toString();
    }

    private static String orderBy(Sort sort) {
        return switch (sort) {
            case NAME -> " order by lower(d.name), d.id";
            case NEWEST -> " order by d.submitted_at desc, d.id desc";
            case RELEVANCE -> " order by rank desc, d.id";
        };
    }

    /** How many disclosures the view holds, across all its pages. */
    public long count(InventoryFilter filter) {
        return textPlan(filter, () -> countStatement(filter));
    }

    private long countStatement(InventoryFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        if (where.isEmpty()) {
            // The whole inventory: its number is kept by triggers (V9), one row instead of every disclosure.
            return ((Number) em.createNativeQuery("select disclosures from disclosure_total").getSingleResult())
                    .longValue();
        }
        StringBuilder sql = new StringBuilder(withClause(filter)).append("select count(*) from disclosure d")
                .append(filterJoins(filter)).append(where);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String withClause(InventoryFilter filter) {
        if (filter.vendor() == null) {
            return "";
        }
        // A vendor filter includes the vendor's subsidiaries, at any depth.
        return "with recursive vendor_tree(id) as (select id from vendor where slug = :vendor"
                + " union select c.id from vendor c join vendor_tree t on c.parent_id = t.id) ";
    }

    private static String where(InventoryFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.q() != null) {
            conditions.add("d.search_vector @@ " + TS_QUERY);
            params.put("q", f.q());
        }
        if (f.agency() != null) {
            conditions.add("a.slug = :agency");
            params.put("agency", f.agency());
        }
        if (f.kind() != null) {
            conditions.add("a.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.category() != null) {
            conditions.add("d.category = :category");
            params.put("category", f.category().name());
        }
        if (f.vendor() != null) {
            conditions.add("d.vendor_id in (select id from vendor_tree)");
            params.put("vendor", f.vendor());
        }
        if (f.hosting() != null) {
            conditions.add("h.slug = :hosting");
            params.put("hosting", f.hosting());
        }
        if (f.nda() != null) {
            conditions.add("d.nda_status = :nda");
            params.put("nda", f.nda().name());
        }
        if (f.status() != null) {
            conditions.add("d.lifecycle_status = :status");
            params.put("status", f.status().name());
        }
        if (f.capability() != null) {
            conditions.add("d." + CAPABILITY_COLUMNS.get(f.capability()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static InventoryRow toRow(Object[] r) {
        return new InventoryRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                Category.valueOf((String) r[4]), (String) r[5], (String) r[6], AgencyKind.valueOf((String) r[7]),
                (String) r[8], (String) r[9], HostingType.valueOf((String) r[10]), (String) r[11],
                NdaStatus.valueOf((String) r[12]), LifecycleStatus.valueOf((String) r[13]),
                ApprovalStatus.valueOf((String) r[14]), SqlValues.instant(r[15]));
    }

    /** The position after the last row of a page: its sort key and id, opaque to the reader. */
    record Cursor(String key, long id) {

        String encode(Sort sort) {
            String raw = sort.code() + "\n" + id + "\n" + key;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token, Sort sort) {
            if (token == null || token.length() > 1000) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = raw.split("\n", 3);
                if (parts.length != 3 || !parts[0].equals(sort.code())) {
                    return null;
                }
                long id = Long.parseLong(parts[1]);
                if (parts[2].chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    // A key the portal wrote never holds a control character, and PostgreSQL refuses a NUL in a
                    // parameter: a forged cursor is refused like any other, never a 500 (security review, finding 5).
                    return null;
                }
                if (sort == Sort.NEWEST) {
                    OffsetDateTime.parse(parts[2]);
                } else if (sort == Sort.RELEVANCE) {
                    Float.parseFloat(parts[2]);
                }
                return new Cursor(parts[2], id);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                return null;
            }
        }
    }
}
