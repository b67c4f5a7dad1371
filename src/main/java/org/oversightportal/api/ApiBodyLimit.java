package org.oversightportal.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.oversightportal.common.PortalConfig;

/**
 * The API's own limit on request bodies ({@code portal.api.max-body-size}, 1 MB by default), far below the
 * server's ({@code quarkus.http.limits.max-body-size}, which the Atlas import's upload form needs): a draft is a
 * few kilobytes of JSON, and nothing else under {@code /api} takes a body. A bigger one is refused with a 413
 * problem like the API's other refusals (review finding 13):
 *
 * <ul>
 * <li>with a {@code Content-Length} over the limit, on the router, before authentication reads anything and
 * before a byte of the body is read;</li>
 * <li>without one (chunked), by counting what the body reader takes: reading stops one byte past the limit.</li>
 * </ul>
 *
 * <p>Multipart bodies (file uploads) are left to the server's limit, and pages outside {@code /api} (the web
 * forms, with their own limits) are not touched.
 */
@ApplicationScoped
public class ApiBodyLimit {

    /**
     * After the HTTP layer's headers, before authentication (-200), the page cache (-250) and the server's own
     * body-size check (-2).
     */
    static final int ROUTE_ORDER = -255;

    static final String PREFIX = "/api/";

    @Inject
    PortalConfig config;

    /** The largest body the API takes, in bytes. */
    long limit() {
        return config.api().maxBodySize().asLongValue();
    }

    void registerRoute(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::checkLength);
    }

    /** On the router: a declared length over the limit is answered at once, and the connection closed. */
    void checkLength(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String length = req.getHeader("Content-Length");
        // The normalized path, as RESTEasy matches it: /x/../api/… is the API too.
        if (length == null || !applies(ctx.normalizedPath(), req.getHeader("Content-Type"))) {
            ctx.next();
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            ctx.next(); // the HTTP layer refuses a malformed length itself
            return;
        }
        if (declared <= limit()) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(413).putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                        + detail(limit()) + "\"}");
    }

    /** Whether the limit applies to a request to {@code path} with this content type. */
    static boolean applies(String path, String contentType) {
        return path != null && (path.startsWith(PREFIX) || path.equals("/api"))
                && (contentType == null || !contentType.strip().toLowerCase(java.util.Locale.ROOT)
                        .startsWith(MediaType.MULTIPART_FORM_DATA));
    }

    static String detail(long bytes) {
        String size = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
        return "the request body is larger than the API accepts: at most " + size + " (" + bytes + " bytes)";
    }

    static WebApplicationException tooLarge(long bytes) {
        return new WebApplicationException(Problems.of(413, "Content Too Large", detail(bytes)));
    }

    /** Counts what a body reader of an {@code /api} resource reads, and stops it past the limit. */
    @Provider
    public static class Reader implements ReaderInterceptor {

        @Inject
        ApiBodyLimit limits;

        @Context
        UriInfo uri;

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            String type = context.getMediaType() == null ? null : context.getMediaType().toString();
            if (!applies("/" + uri.getPath().replaceFirst("^/", ""), type)) {
                return context.proceed();
            }
            Bounded bounded = new Bounded(context.getInputStream(), limits.limit());
            context.setInputStream(bounded);
            try {
                return context.proceed();
            } catch (IOException | RuntimeException e) {
                // The reader may wrap the stream's refusal (Jackson makes it a mapping error, a 400): whatever it
                // made of it, a body past the limit is a 413.
                if (bounded.overflowed) {
                    throw tooLarge(limits.limit());
                }
                throw e;
            }
        }
    }

    /** A stream that gives at most {@code limit} bytes and refuses the body when there are more. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;
        boolean overflowed;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never more than one byte past the limit: enough to know the body is too big.
            int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, limit + 1 - read)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, Math.max(1, limit + 1 - read)));
            if (skipped > 0) {
                count(skipped);
            }
            return skipped;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > limit) {
                overflowed = true;
                throw new IOException("request body larger than " + limit + " bytes");
            }
        }
    }
}
