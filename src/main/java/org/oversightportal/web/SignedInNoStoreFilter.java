package org.oversightportal.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a signed-in person sees (drafts, the moderation queue, the board's workspace, their own view of a public
 * page) is never kept by a browser's or a proxy's cache: a shared computer's next user, or a cache in front of the
 * portal, must not be handed it. Anonymous pages keep the caching their resources chose.
 */
public class SignedInNoStoreFilter {

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void noStoreWhenSignedIn(ContainerResponseContext response) {
        if (identity.isAnonymous()) {
            return;
        }
        String chosen = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (chosen == null || !chosen.contains("no-store")) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
    }
}
