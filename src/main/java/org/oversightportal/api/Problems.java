package org.oversightportal.api;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details for the API's own refusals. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "An RFC 9457 problem: why a request was refused.")
    public record Problem(
            @Schema(description = "A URI naming the kind of problem; about:blank when the status says it all") String type,
            @Schema(description = "Short summary of the kind of problem") String title,
            @Schema(description = "The HTTP status code") int status,
            @Schema(description = "What was wrong with this request", nullable = true) String detail) {
    }

    private Problems() {
    }

    static Response badRequest(String detail) {
        return of(400, "Bad Request", detail);
    }

    static Response of(int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Problem("about:blank", title, status, detail)).build();
    }
}
