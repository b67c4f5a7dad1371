package org.oversightportal.pagecache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.RecordChanged;
import org.oversightportal.web.PageContext;
import org.oversightportal.web.RequestLocale;

/**
 * Rendered public pages, kept for a short freshness ({@code portal.page-cache.freshness}, 5 s by default) and
 * answered with an {@code ETag} (a 304 when the browser already has it) and {@code Cache-Control: public,
 * max-age} of that freshness ({@code private} on a response that sets the CSRF cookie).
 *
 * <p>Only anonymous requests read or fill the cache: a signed-in user's page (with their menu and name) is
 * always rendered for them and never stored, and the response varies on {@code Cookie} so that no shared cache
 * hands an anonymous page to a signed-in browser either. Pages that set a cookie (a language chosen with
 * {@code ?lang=}) are not cached.
 *
 * <p>Freshness: an entry is served at most {@code freshness} after it was rendered, so a resident never sees a
 * page older than that after a change, whichever instance made it. Every change made on this instance raises
 * {@link RecordChanged} (the audit log raises it for every audited change), which empties the cache at once and
 * again when the change's transaction ends, so that a page rendered between the two is not kept either: a change
 * made here shows on the next request.
 *
 * <p>Serving: a request the cache can answer reaches it twice over. On the router ({@link #answer}), before
 * authentication, RESTEasy and its filters, a GET with no {@code Authorization} header, no session cookie and
 * no {@code ?lang=} is answered from a fresh entry for its exact address and language, which is what keeps a
 * popular page near the cost of a static file. Everything else goes on to the resource, which calls
 * {@link #page}: that is where an entry is rendered, renewed and filled, only for an anonymous identity.
 *
 * <p>A page is rendered for its key, never for the address as requested ({@link PageContext#renderFor}): its
 * language link and section are those of the canonical view, so a parameter the key leaves out ({@code ?x=y})
 * never reaches the copy that every visitor of the key is given (review finding 8).
 *
 * <p>A page whose rendering contains a CSRF token field is personal: it is served as rendered, never stored and
 * without an ETag (see {@link PersonalPage}).
 */
@ApplicationScoped
public class PageCache {

    /** Bumped by every insert, update or delete; an entry rendered under an older version is not served. */
    static final AtomicLong VERSION = new AtomicLong();

    /** Rough bound on the memory the cache holds; past it the cache starts again empty. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Past this many addresses remembered for the router, they start again empty. */
    static final int MAX_ADDRESSES = 10_000;

    /**
     * Runs after the header filters and CORS, before authentication (order -200) and everything after it.
     */
    static final int ROUTE_ORDER = -250;

    /** Cookies that mean a signed-in (or signing-in) user: the OIDC session and its state cookies. */
    static final String SESSION_COOKIE_PREFIX = "q_";

    record Entry(Buffer body, String etag, long version, long renderedAt, AtomicBoolean refreshing) {
    }

    /** How many values ({@link #value}) the cache holds at most; past it, it starts again empty. */
    static final int MAX_VALUES = 10_000;

    record Value(Object value, long version, long computedAt) {
    }

    /**
     * A page rendered with a form token of the visitor's own (a CSRF token) in it: served to that visitor only,
     * never stored, and without an ETag, so that neither this cache nor a 304 ever hands anyone a stale token
     * or someone else's.
     */
    private static final class PersonalPage extends RuntimeException {
        final transient byte[] body;

        PersonalPage(byte[] body) {
            super(null, null, false, false);
            this.body = body;
        }
    }

    private final Map<String, Value> values = new ConcurrentHashMap<>();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** Language and address as requested (path and raw query) → the key of the page it rendered. */
    private final Map<String, String> addresses = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong routerHits = new AtomicLong();
    private final AtomicLong resourceHits = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();

    @Inject
    CurrentVertxRequest request;

    @Inject
    SecurityIdentity identity;

    @Inject
    RequestLocale locale;

    @Inject
    PageContext context;

    @Inject
    PortalConfig config;

    /** The name of the CSRF token's form field: a page that contains one is never cached. */
    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String tokenField;

    /** The CSRF cookie: a request without it gets one set on its response (by rest-csrf). */
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String tokenCookie;

    @Inject
    void registerMeters(MeterRegistry registry) {
        FunctionCounter.builder("portal.page.cache.requests", routerHits, AtomicLong::get).tag("answered", "router")
                .description("Requests answered from the page cache before authentication and RESTEasy")
                .register(registry);
        FunctionCounter.builder("portal.page.cache.requests", resourceHits, AtomicLong::get).tag("answered", "resource")
                .description("Requests answered from the page cache by the page's resource").register(registry);
        FunctionCounter.builder("portal.page.cache.requests", renders, AtomicLong::get).tag("answered", "rendered")
                .description("Anonymous pages rendered to fill or renew the page cache").register(registry);
    }

    void registerRoute(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::answer);
    }

    /** Requests answered on the router, by the resource, and pages rendered for the cache, since start. */
    public long[] counts() {
        return new long[] { routerHits.get(), resourceHits.get(), renders.get() };
    }

    /**
     * On the router: answers a GET from a fresh entry when nothing in the request can make it anyone's but an
     * anonymous visitor's page, else passes it on. An entry in the last quarter of its freshness that nobody is
     * renewing yet is passed on too, so that the resource renews it.
     */
    void answer(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        Duration freshness = config.pageCache().freshness();
        if (req.method() != HttpMethod.GET || freshness.isZero() || req.getHeader("Authorization") != null
                || hasSessionCookie(req) || req.getParam(RequestLocale.PARAM) != null) {
            ctx.next();
            return;
        }
        String key = addresses.get(RequestLocale.remembered(ctx) + ' ' + req.uri());
        Entry entry = key == null ? null : entries.get(key);
        long now = System.nanoTime();
        long fresh = freshness.toNanos();
        if (!usable(entry, now, fresh) || (now - entry.renderedAt >= fresh - fresh / 4 && !entry.refreshing.get())) {
            ctx.next();
            return;
        }
        routerHits.incrementAndGet();
        HttpServerResponse response = ctx.response();
        response.putHeader("ETag", entry.etag).putHeader("Cache-Control", "public, max-age=" + maxAge(entry, now, fresh))
                .putHeader("Vary", "Cookie, Accept-Language");
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, entry.etag)) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader("Content-Type", "text/html;charset=UTF-8").end(entry.body);
        }
    }

    private static boolean hasSessionCookie(HttpServerRequest req) {
        if (req.getHeader("Cookie") == null) {
            return false;
        }
        for (Cookie cookie : req.cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** Called on every write: later requests render again. */
    public static void invalidate() {
        VERSION.incrementAndGet();
    }

    /** A record changed: pages rendered from here on show it (and once more after its transaction ends, below). */
    void changed(@Observes RecordChanged change) {
        if (change.shownOnPages()) {
            invalidate();
        }
    }

    /** The change's transaction ended (or there was none): a page rendered while it ran may show the old record. */
    void committed(@Observes(during = TransactionPhase.AFTER_COMPLETION) RecordChanged change) {
        if (change.shownOnPages()) {
            invalidate();
        }
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
        long fresh = freshness.toNanos();
        // Whatever this request's address, the page is rendered for its key, under which everyone gets it: a
        // parameter the key leaves out (unknown, or in another order) never shows in anyone's page.
        context.renderFor(key);
        Entry entry;
        try {
            entry = fresh(fullKey, fresh, render);
        } catch (PersonalPage page) {
            return Response.ok(page.body, "text/html;charset=UTF-8").header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .header(HttpHeaders.VARY, "Cookie, Accept-Language").build();
        }
        long now = System.nanoTime();
        remember(fullKey);
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Response.ResponseBuilder response = ifNoneMatch != null && matches(ifNoneMatch, entry.etag)
                ? Response.notModified()
                : Response.ok(entry.body.getBytes(), "text/html;charset=UTF-8");
        // A response that sets a cookie is for this browser only: without the CSRF cookie, rest-csrf sets one
        // on this response, and a shared cache that stored it would hand the same token to every visitor.
        String audience = headers.getCookies().containsKey(tokenCookie) ? "public" : "private";
        return response.header(HttpHeaders.ETAG, entry.etag)
                .header(HttpHeaders.CACHE_CONTROL, audience + ", max-age=" + maxAge(entry, now, fresh))
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

    /** The cached copy of {@code key} if fresh, else one rendered now (by this request or one it waited for). */
    private Entry fresh(String key, long fresh, Supplier<TemplateInstance> render) {
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (usable(entry, now, fresh)) {
            resourceHits.incrementAndGet();
            // In the last quarter of its freshness, one request renders the page again while the others are
            // still served the copy (fresh until then): a popular page is never rendered by many at once.
            if (now - entry.renderedAt >= fresh - fresh / 4 && entry.refreshing.compareAndSet(false, true)) {
                entry = render(key, render);
            }
            return entry;
        }
        // Expired or invalidated: one request renders, the others for the same page wait for it.
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        boolean rendered = false;
        try {
            synchronized (lock) {
                entry = entries.get(key);
                if (!usable(entry, System.nanoTime(), fresh)) {
                    entry = render(key, render);
                }
                rendered = true;
                return entry;
            }
        } finally {
            if (!rendered) {
                // Not found, an error or a personal page: nothing stored, and no lock kept for the key either.
                locks.remove(key, lock);
            }
        }
    }

    /** Lets the router find this page by the address it was asked for, as well as by its own key. */
    private void remember(String fullKey) {
        RoutingContext ctx = request.getCurrent();
        if (ctx != null) {
            if (addresses.size() >= MAX_ADDRESSES) {
                addresses.clear();
            }
            addresses.put(locale.language() + ' ' + ctx.request().uri(), fullKey);
        }
    }

    private static long maxAge(Entry entry, long now, long fresh) {
        return Math.max(0, (fresh - (now - entry.renderedAt)) / 1_000_000_000L);
    }

    private static boolean usable(Entry entry, long now, long fresh) {
        return entry != null && entry.version == VERSION.get() && now - entry.renderedAt < fresh;
    }

    private Entry render(String key, Supplier<TemplateInstance> render) {
        renders.incrementAndGet();
        long version = VERSION.get();
        long renderedAt = System.nanoTime();
        String html = render.get().render();
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        if (html.contains("name=\"" + tokenField + "\"")) {
            throw new PersonalPage(body);
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        // Off the heap: every answer writes these bytes to the socket as they are, without a copy per request
        // and without filling the heap (the GC frees the buffer once no entry holds it).
        Buffer buffer = Buffer.buffer(Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(body.length).put(body).flip()));
        Entry entry = new Entry(buffer, "\"" + Long.toHexString(version) + '-' + Long.toHexString(crc.getValue()) + '-'
                + body.length + "\"", version, renderedAt, new AtomicBoolean());
        if (bytes.addAndGet(body.length) > MAX_BYTES) {
            entries.clear();
            locks.clear();
            addresses.clear();
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
