package org.oversightportal.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.oversightportal.common.PortalConfig;

/**
 * Rendered public pages, kept for a short freshness ({@code portal.page-cache.freshness}, 5 s by default) and
 * answered with an {@code ETag} (a 304 when the browser already has it) and {@code Cache-Control: public,
 * max-age} of that freshness.
 *
 * <p>Only anonymous requests read or fill the cache: a signed-in user's page (with their menu and name) is
 * always rendered for them and never stored, and the response varies on {@code Cookie} so that no shared cache
 * hands an anonymous page to a signed-in browser either. Pages that set a cookie (a language chosen with
 * {@code ?lang=}) are not cached.
 *
 * <p>Freshness: an entry is served at most {@code freshness} after it was rendered, so a resident never sees a
 * page older than that after a change, whichever instance made it. Every write this instance sends through
 * Hibernate ({@link WriteWatcher}) also empties its cache at once, so a change made here shows on the next
 * request.
 */
@ApplicationScoped
public class PageCache {

    /** Bumped by every insert, update or delete; an entry rendered under an older version is not served. */
    static final AtomicLong VERSION = new AtomicLong();

    /** Rough bound on the memory the cache holds; past it the cache starts again empty. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    record Entry(byte[] body, String etag, long version, long renderedAt, AtomicBoolean refreshing) {
    }

    /** How many values ({@link #value}) the cache holds at most; past it, it starts again empty. */
    static final int MAX_VALUES = 10_000;

    record Value(Object value, long version, long computedAt) {
    }

    private final Map<String, Value> values = new ConcurrentHashMap<>();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    @Inject
    SecurityIdentity identity;

    @Inject
    RequestLocale locale;

    @Inject
    PortalConfig config;

    /** Called on every write: later requests render again. */
    public static void invalidate() {
        VERSION.incrementAndGet();
    }

    /**
     * The page {@code key} (its path and query; null for a page never to cache), from the cache when the
     * request is anonymous and a fresh copy exists, else rendered by {@code render}.
     */
    public Response page(String key, HttpHeaders headers, Supplier<TemplateInstance> render) {
        Duration freshness = config.pageCache().freshness();
        if (key == null || freshness.isZero() || !identity.isAnonymous() || locale.explicitChoice() != null) {
            return Response.ok(render.get()).build();
        }
        String fullKey = locale.language() + ' ' + key;
        long now = System.nanoTime();
        long fresh = freshness.toNanos();
        Entry entry = entries.get(fullKey);
        if (usable(entry, now, fresh)) {
            // In the last quarter of its freshness, one request renders the page again while the others are
            // still served the copy (fresh until then): a popular page is never rendered by many at once.
            if (now - entry.renderedAt >= fresh - fresh / 4 && entry.refreshing.compareAndSet(false, true)) {
                entry = render(fullKey, render);
            }
        } else {
            // Expired or invalidated: one request renders, the others for the same page wait for it.
            synchronized (locks.computeIfAbsent(fullKey, k -> new Object())) {
                entry = entries.get(fullKey);
                if (!usable(entry, System.nanoTime(), fresh)) {
                    entry = render(fullKey, render);
                }
            }
            now = System.nanoTime();
        }
        long maxAge = Math.max(0, (fresh - (now - entry.renderedAt)) / 1_000_000_000L);
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Response.ResponseBuilder response = ifNoneMatch != null && matches(ifNoneMatch, entry.etag)
                ? Response.notModified()
                : Response.ok(entry.body, "text/html;charset=UTF-8");
        return response.header(HttpHeaders.ETAG, entry.etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge)
                .header(HttpHeaders.VARY, "Cookie, Accept-Language")
                .build();
    }

    /**
     * A value read from the database that is the same for every visitor (a view's count, the filter form's lists),
     * kept under exactly the pages' rules: served at most {@code freshness} after it was computed, and never after
     * a write ({@link #VERSION}); freshness 0 computes it every time. Unlike pages, it is shared by anonymous and
     * signed-in visitors alike, so {@code key} must name everything the value depends on and the value must
     * hold nothing about the visitor. At most {@link #MAX_VALUES} are kept. The value is not copied: it must not
     * be changed by whoever reads it.
     */
    @SuppressWarnings("unchecked")
    public <T> T value(String key, Supplier<T> compute) {
        Duration freshness = config.pageCache().freshness();
        if (freshness.isZero()) {
            return compute.get();
        }
        long fresh = freshness.toNanos();
        Value cached = values.get(key);
        if (cached != null && cached.version == VERSION.get() && System.nanoTime() - cached.computedAt < fresh) {
            return (T) cached.value;
        }
        // The version is read before computing: a write meanwhile makes the value stale at once.
        long version = VERSION.get();
        long computedAt = System.nanoTime();
        T value = compute.get();
        if (values.size() >= MAX_VALUES) {
            values.clear();
        }
        values.put(key, new Value(value, version, computedAt));
        return value;
    }

    private static boolean usable(Entry entry, long now, long fresh) {
        return entry != null && entry.version == VERSION.get() && now - entry.renderedAt < fresh;
    }

    private Entry render(String key, Supplier<TemplateInstance> render) {
        long version = VERSION.get();
        long renderedAt = System.nanoTime();
        byte[] body = render.get().render().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        Entry entry = new Entry(body, "\"" + Long.toHexString(version) + '-' + Long.toHexString(crc.getValue()) + '-'
                + body.length + "\"", version, renderedAt, new AtomicBoolean());
        if (bytes.addAndGet(body.length) > MAX_BYTES) {
            entries.clear();
            locks.clear();
            bytes.set(body.length);
        }
        entries.put(key, entry);
        return entry;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
