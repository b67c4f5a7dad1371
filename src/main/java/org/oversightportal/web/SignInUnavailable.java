package org.oversightportal.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * When Keycloak is down, signing in cannot work, but nothing else should break with it: public pages
 * never need it, and a page that does (the staff, board and moderation workspaces, an API call with a
 * token) is answered 503 with a plain explanation in the reader's language (or an RFC 9457 problem for
 * API clients), instead of a server error. The failure comes from the HTTP security layer, before any
 * resource runs, so it is handled on the router.
 */
@ApplicationScoped
public class SignInUnavailable {

    private static final Logger LOG = Logger.getLogger(SignInUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "60";

    @Inject
    @Location("error/unavailable.html")
    Template page;

    void register(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().headWritten() || !identityProviderUnreachable(ctx.failure())) {
            ctx.next();
            return;
        }
        LOG.warnf("The identity provider is unreachable; answered %s with 503", ctx.request().path());
        ctx.response().setStatusCode(503).putHeader("Retry-After", RETRY_AFTER_SECONDS)
                .putHeader("Cache-Control", "no-store");
        if (wantsProblem(ctx)) {
            ctx.response().putHeader("Content-Type", "application/problem+json")
                    .end("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                            + "\"detail\":\"Sign-in is unavailable: the identity provider is not answering. "
                            + "Public reads work without a token.\"}");
            return;
        }
        String lang = RequestLocale.remembered(ctx);
        String html = page.instance().setLocale(Locale.forLanguageTag(lang)).data("lang", lang)
                .data("titleKey", "unavailable_signin_title").data("messageKey", "unavailable_signin_text").render();
        ctx.response().putHeader("Content-Type", "text/html;charset=UTF-8").end(html);
    }

    /** An OIDC failure, or a sign-in that failed because a connection was refused. */
    static boolean identityProviderUnreachable(Throwable failure) {
        boolean authentication = false;
        boolean connection = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
            authentication |= t instanceof AuthenticationFailedException;
            connection |= t instanceof ConnectException;
        }
        return authentication && connection;
    }

    static boolean wantsProblem(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        return ctx.request().path().startsWith("/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
