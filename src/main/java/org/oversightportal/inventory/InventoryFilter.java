package org.oversightportal.inventory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.Labelled;
import org.oversightportal.common.Slugs;

/**
 * The inventory view a resident asked for, as it stands in the URL (so a view can be shared).
 * Values that do not name anything known are dropped and listed in {@link #rejected()}, so the
 * page can say which part of the address it ignored.
 */
public record InventoryFilter(String q, String agency, AgencyKind kind, Category category, String vendor,
        String hosting, NdaStatus nda, LifecycleStatus status, Capability capability, Sort sort, String after,
        List<String> rejected) {

    public static final int MAX_QUERY_LENGTH = 200;

    public enum Sort implements Labelled {
        NAME, NEWEST, RELEVANCE;

        @Override
        public String messagePrefix() {
            return "sort";
        }
    }

    public static InventoryFilter parse(String q, String agency, String kind, String category, String vendor,
            String hosting, String nda, String status, String capability, String sort, String after) {
        List<String> rejected = new ArrayList<>();
        String query = FormBinding.isBlank(q) ? null : FormBinding.normalizeNewlines(q).strip();
        if (query != null && query.isEmpty()) {
            query = null;
        }
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
            rejected.add("q");
        }
        Sort parsedSort = Labelled.fromCode(Sort.class, sort);
        if (!FormBinding.isBlank(sort) && parsedSort == null) {
            rejected.add("sort");
        }
        if (parsedSort == null || (parsedSort == Sort.RELEVANCE && query == null)) {
            parsedSort = query == null ? Sort.NAME : Sort.RELEVANCE;
        }
        return new InventoryFilter(query,
                slug(agency, "agency", rejected),
                choice(AgencyKind.class, kind, "kind", rejected),
                choice(Category.class, category, "category", rejected),
                slug(vendor, "vendor", rejected),
                slug(hosting, "hosting", rejected),
                choice(NdaStatus.class, nda, "nda", rejected),
                choice(LifecycleStatus.class, status, "status", rejected),
                choice(Capability.class, capability, "capability", rejected),
                parsedSort,
                FormBinding.isBlank(after) ? null : after.strip(),
                rejected);
    }

    public static InventoryFilter none() {
        return parse(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String slug(String value, String name, List<String> rejected) {
        if (FormBinding.isBlank(value)) {
            return null;
        }
        if (!Slugs.isValid(value.strip())) {
            rejected.add(name);
            return null;
        }
        return value.strip();
    }

    private static <E extends Enum<E> & Labelled> E choice(Class<E> type, String value, String name,
            List<String> rejected) {
        E parsed = Labelled.fromCode(type, value);
        if (parsed == null && !FormBinding.isBlank(value)) {
            rejected.add(name);
        }
        return parsed;
    }

    public boolean hasFilters() {
        return q != null || agency != null || kind != null || category != null || vendor != null || hosting != null
                || nda != null || status != null || capability != null;
    }

    public InventoryFilter withAfter(String cursor) {
        return new InventoryFilter(q, agency, kind, category, vendor, hosting, nda, status, capability, sort, cursor,
                rejected);
    }

    /** The view's parameters in URL order; empty values left out. */
    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "agency", agency);
        put(p, "kind", kind == null ? null : kind.code());
        put(p, "category", category == null ? null : category.code());
        put(p, "vendor", vendor);
        put(p, "hosting", hosting);
        put(p, "nda", nda == null ? null : nda.code());
        put(p, "status", status == null ? null : status.code());
        put(p, "capability", capability == null ? null : capability.code());
        boolean defaultSort = sort == (q == null ? Sort.NAME : Sort.RELEVANCE);
        put(p, "sort", defaultSort ? null : sort.code());
        put(p, "after", after);
        return p;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    /** A query string ({@code ?a=b&c=d}) for this view, or "" when it has no parameters. */
    public String queryString() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : params().entrySet()) {
            s.append(s.length() == 0 ? '?' : '&').append(e.getKey()).append('=')
                    .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return s.toString();
    }
}
