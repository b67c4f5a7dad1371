package org.oversightportal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a language chosen with {@code ?lang=} for a year, and marks pages as varying by it. */
public class LocaleCookieFilter {

    @Inject
    RequestLocale locale;

    @ServerResponseFilter
    public void remember(ContainerResponseContext response) {
        String choice = locale.explicitChoice();
        if (choice != null) {
            NewCookie cookie = new NewCookie.Builder(RequestLocale.COOKIE).value(choice).path("/")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
        response.getHeaders().add(HttpHeaders.VARY, "Accept-Language, Cookie");
    }
}
