package org.oversightportal.subscriptions;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * One-click unsubscribe from a mail client (RFC 8058): the client POSTs
 * {@code List-Unsubscribe=One-Click} to the address in the {@code List-Unsubscribe} header, with no
 * cookie and no CSRF token. The secret token in the address is what authorises it, so this one POST
 * is answered on the router, before the CSRF filter of the page forms. Answers 200 whether or not the
 * subscription was still live, and 404 for an unknown token.
 */
@ApplicationScoped
public class OneClickUnsubscribe {

    @Inject
    SubscriptionService subscriptions;

    void register(@Observes Router router) {
        router.post("/subscriptions/unsubscribe/:token").blockingHandler(this::handle, false);
    }

    void handle(RoutingContext ctx) {
        boolean known = subscriptions.unsubscribe(ctx.pathParam("token")).isPresent();
        ctx.response().setStatusCode(known ? 200 : 404).putHeader("Content-Type", "text/plain; charset=UTF-8")
                .putHeader("Cache-Control", "no-store").end(known ? "Unsubscribed.\n" : "Unknown subscription.\n");
    }
}
