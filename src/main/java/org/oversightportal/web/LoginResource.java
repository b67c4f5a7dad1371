package org.oversightportal.web;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.oversightportal.common.CurrentUser;

/** "Sign in" leads here through the identity provider, then on to the user's own workspace. */
@Path("/login")
public class LoginResource {

    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    public Response login() {
        String target = user.isAdmin() ? "/admin/agencies"
                : user.isStaff() ? "/staff"
                : user.isModerator() ? "/moderation"
                : user.isBoard() ? "/board"
                : "/";
        return Response.seeOther(URI.create(target)).build();
    }
}
