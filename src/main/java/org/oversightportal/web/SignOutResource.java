package org.oversightportal.web;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;

/**
 * Signing out is a POST with the CSRF token of the portal's forms (the button in every signed-in page's
 * navigation), so that a link, an image or a prefetch on another site cannot sign anyone out. A GET on
 * {@code /logout} (an old bookmark, the address typed) only shows that button. The POST ends the portal's
 * session (its cookie) and then the identity provider's, by the OpenID Connect RP-initiated logout, which
 * comes back to the home page.
 */
@Path("/logout")
@Produces(MediaType.TEXT_HTML)
public class SignOutResource {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance confirm();
    }

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    OidcSession session;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcConfigurationMetadata provider;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @GET
    public Response confirm() {
        if (!user.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.confirm()).header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response signOut(@Context UriInfo uri) {
        String raw = idToken == null ? null : idToken.getRawToken();
        if (!user.isSignedIn() || raw == null) {
            // Not signed in, or signed in with a bearer token (which has no session to end).
            return Response.seeOther(URI.create("/")).build();
        }
        audit.changed("session.sign-out", "user", user.username(), null);
        session.logout().await().indefinitely();
        String endSession = provider.getEndSessionUri();
        if (endSession == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        URI home = uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build();
        URI logout = UriBuilder.fromUri(endSession).queryParam("id_token_hint", raw)
                .queryParam("post_logout_redirect_uri", home.toString()).queryParam("client_id", clientId).build();
        return Response.seeOther(logout).build();
    }
}
