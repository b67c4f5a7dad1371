package org.oversightportal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.oversightportal.common.PortalConfig;

/** What every read of the API shares: page sizes, opaque cursors, and ETag-checked JSON bodies. */
@ApplicationScoped
public class ApiSupport {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    static final String CACHE_CONTROL = "public, max-age=60";

    @Inject
    ObjectMapper json;

    @Inject
    PortalConfig config;

    /** The page size asked for, or null when it is out of range. */
    static Integer limit(Integer asked) {
        int size = asked == null ? DEFAULT_LIMIT : asked;
        return size < 1 || size > MAX_LIMIT ? null : size;
    }

    static Response badLimit() {
        return Problems.badRequest("limit must be between 1 and " + MAX_LIMIT);
    }

    static Response badCursor() {
        return Problems.badRequest("cursor is not valid for this list");
    }

    /** An opaque cursor for a key (clients must not build their own). */
    static String cursor(String key) {
        return key == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key in a cursor; empty string when there is none; null when the cursor is not ours. */
    static String afterKey(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return key.isEmpty() || key.length() > 200 || key.chars().anyMatch(c -> c < 0x20) ? null : key;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A page asked for: its size and the key after which it starts ("" for the first page), or the problem
     * that refuses it. Keys of lists ordered by id must be numbers.
     */
    record PageRequest(int size, String after, Response problem) {

        static PageRequest of(Integer limit, String cursor, boolean numericKey) {
            Integer size = limit(limit);
            if (size == null) {
                return new PageRequest(0, null, badLimit());
            }
            String key = afterKey(cursor);
            if (key == null || (numericKey && !key.isEmpty() && !key.matches("[0-9]{1,18}"))) {
                return new PageRequest(0, null, badCursor());
            }
            return new PageRequest(size, key, null);
        }

        /** The id after which the page starts, or {@code none} on the first page. */
        long afterId(long none) {
            return after.isEmpty() ? none : Long.parseLong(after);
        }

        /** The items of this page (the query reads one row more, to know whether another page follows). */
        <T> List<T> items(List<T> rows) {
            return rows.size() > size ? rows.subList(0, size) : rows;
        }

        /** The cursor of the next page, or null when these rows were the last. */
        <T> String next(List<T> rows, Function<T, String> key) {
            return rows.size() > size ? cursor(key.apply(rows.get(size - 1))) : null;
        }
    }

    String url(String path) {
        return config.baseUrl() + path;
    }

    /** The body with a strong ETag of its bytes; 304 when the client already has them. CORS open for reads. */
    Response cached(Request request, Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            EntityTag tag = new EntityTag(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16));
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            if (notModified != null) {
                return notModified.header("Cache-Control", CACHE_CONTROL).header("Access-Control-Allow-Origin", "*")
                        .build();
            }
            return Response.ok(new String(bytes, StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE)
                    .tag(tag).header("Cache-Control", CACHE_CONTROL).header("Access-Control-Allow-Origin", "*").build();
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
