package org.oversightportal.thirdparty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.RestForm;
import org.oversightportal.common.FormBinding;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.CurrentUser;

/**
 * Agency staff answer what third parties report about their agency: confirm (a draft disclosure opens,
 * filled in from the report) or dispute with a reason. Only their own agency's entries, always.
 */
@Path("/staff/third-party")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.TEXT_HTML)
public class StaffThirdPartyResource {

    @CheckedTemplate(basePath = "thirdparty/staff")
    static class Templates {
        static native TemplateInstance list(CurrentUser.StaffAgency agency, List<ThirdPartyEntry> entries, String notice,
                Long errorEntry, String reason);
    }

    @Inject
    ThirdPartyService service;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list(@RestQuery String notice) {
        String known = notice != null && List.of("disputed", "already_decided").contains(notice)
                ? "notice_" + notice
                : null;
        return Templates.list(user.requireAgency(), service.myEntries(), known, null, null);
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestPath long id) {
        OptionalLong draft = service.confirm(id);
        return redirect(draft.isPresent() ? "/staff/drafts/" + draft.getAsLong() : "/staff/third-party?notice=already_decided");
    }

    @POST
    @Path("{id}/dispute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispute(@RestPath long id, @RestForm String reason) {
        service.myEntry(id, "third-party-entry.dispute");
        reason = reason == null ? null : FormBinding.normalizeNewlines(reason); // finding 5: %00 was a 500
        if (reason == null || reason.isBlank() || reason.length() > ThirdPartyService.MAX_REASON) {
            TemplateInstance page = Templates.list(user.requireAgency(), service.myEntries(), null, id,
                    reason == null ? "" : reason);
            return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        boolean disputed = service.dispute(id, reason);
        return redirect("/staff/third-party?notice=" + (disputed ? "disputed" : "already_decided") + "#entry-" + id);
    }

    private static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
