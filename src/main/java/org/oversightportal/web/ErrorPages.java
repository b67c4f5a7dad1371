package org.oversightportal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a reader can meet, in the site's layout (or as an RFC 9457 problem for API
 * clients). Nothing technical is shown: a server error gets a reference number that matches the
 * log line, never a stack trace, SQL or class name.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "error", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance page(int status, String titleKey, String messageKey, String reference);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        return respond(404, "error_404_title", "error_404_text", null, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return respond(403, "error_403_title", "error_403_text", null, headers);
    }

    @ServerExceptionMapper
    public Response forbiddenRest(jakarta.ws.rs.ForbiddenException e, HttpHeaders headers) {
        return respond(403, "error_403_title", "error_403_text", null, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers);
        }
        return switch (status) {
            case 404 -> respond(404, "error_404_title", "error_404_text", null, headers);
            case 403 -> respond(403, "error_403_title", "error_403_text", null, headers);
            case 405 -> respond(405, "error_405_title", "error_405_text", null, headers);
            case 415, 406 -> respond(status, "error_400_title", "error_400_text", null, headers);
            default -> respond(status >= 400 ? status : 400, "error_400_title", "error_400_text", null, headers);
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (databaseUnreachable(e)) {
            LOG.warnf("The database is unreachable: %s", e.getMessage());
            Response unavailable = respond(503, "unavailable_database_title", "unavailable_database_text", null, headers);
            unavailable.getHeaders().putSingle("Retry-After", "30");
            return unavailable;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (refusedInput(e)) {
            // The last line behind the input rule (finding 5): text PostgreSQL cannot store is the client's error.
            LOG.warnf("Input refused by PostgreSQL, reference %s: %s", reference, e.getMessage());
            return respond(400, "error_400_title", "error_400_text", null, headers);
        }
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return respond(500, "error_500_title", "error_500_text", reference, headers);
    }

    /**
     * A connection to PostgreSQL could not be made or was lost: SQL state class 08, a server shutting down
     * or starting (57P01 to 57P03), or no connection from the pool in time.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL refused a value for its characters or length: 22021 (a byte sequence it cannot store), 22P05 (a
     * NUL in text or JSON), 22001 (too long for its column).
     */
    static boolean refusedInput(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && java.util.Set.of("22021", "22P05", "22001").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Response respond(int status, String titleKey, String messageKey, String reference, HttpHeaders headers) {
        if (wantsJson(headers)) {
            return Response.status(status).type("application/problem+json")
                    .entity(Map.of("type", "about:blank", "title", Response.Status.fromStatusCode(status) == null
                            ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(), "status", status))
                    .build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, titleKey, messageKey, reference)).build();
    }

    private static boolean wantsJson(HttpHeaders headers) {
        var current = io.quarkus.arc.Arc.container().instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class);
        if (current.isAvailable() && current.get().getCurrent() != null
                && current.get().getCurrent().request().path().startsWith("/api/")) {
            return true; // the API answers in JSON whatever the client accepts
        }
        if (headers == null) {
            return false;
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
            if (type.getSubtype().endsWith("json")) {
                return true;
            }
        }
        return false;
    }
}
