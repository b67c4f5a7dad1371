package org.oversightportal.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF protection for the pages, kept whole while the filing API accepts JSON. The CSRF filter checks
 * the token of forms and lets other content types through (quarkus.rest-csrf.require-form-url-encoded
 * is false so that the API's JSON can reach it); this filter refuses any state-changing request that
 * is not a form outside /api/, so a cross-site "text/plain" post can never reach a page's action
 * without a token. The API itself takes bearer tokens only (never the session cookie), which a
 * cross-site request cannot carry.
 */
public class FormsOnly {

    static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public Response refuseNonFormsOutsideTheApi(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        return form ? null : Response.status(Response.Status.BAD_REQUEST).build();
    }
}
