package org.oversightportal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: a route that fails the way a bug would, with internals in its exception message. */
@Path("/test-only/fail")
public class FailingResource {

    @GET
    @jakarta.ws.rs.Produces({ jakarta.ws.rs.core.MediaType.TEXT_HTML, jakarta.ws.rs.core.MediaType.APPLICATION_JSON })
    public String fail() {
        throw new IllegalStateException("ERROR: relation \"secret_table\" does not exist; SELECT * FROM secret_table");
    }
}
