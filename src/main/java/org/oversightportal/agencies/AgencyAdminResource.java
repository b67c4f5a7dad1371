package org.oversightportal.agencies;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;

/** Admins manage the agencies that may file. */
@Path("/admin/agencies")
@RolesAllowed(CurrentUser.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AgencyAdminResource {

    @CheckedTemplate(basePath = "agencies/admin")
    static class Templates {
        static native TemplateInstance list(List<Agency> agencies, String notice);

        static native TemplateInstance form(String slug, AgencyForm form, FieldErrors errors, AgencyKind[] kinds);
    }

    @Inject
    AgencyService service;

    @GET
    public TemplateInstance list(@RestQuery String notice) {
        return Templates.list(Agency.listByName(), "saved".equals(notice) ? "notice_saved" : null);
    }

    @GET
    @Path("new")
    public TemplateInstance newAgency() {
        return Templates.form(null, new AgencyForm(), FieldErrors.none(), AgencyKind.values());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> params) {
        AgencyForm form = FormBinding.bind(AgencyForm.class, params);
        AgencyService.Result result = service.create(form);
        if (!result.errors().isEmpty()) {
            return invalid(Templates.form(null, form, result.errors(), AgencyKind.values()));
        }
        return Response.seeOther(URI.create("/admin/agencies?notice=saved")).build();
    }

    @GET
    @Path("{slug}")
    public TemplateInstance edit(@RestPath String slug) {
        Agency agency = Agency.findBySlug(slug).orElseThrow(NotFoundException::new);
        return Templates.form(slug, AgencyForm.of(agency), FieldErrors.none(), AgencyKind.values());
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath String slug, MultivaluedMap<String, String> params) {
        AgencyForm form = FormBinding.bind(AgencyForm.class, params);
        form.slug = slug;
        AgencyService.Result result = service.update(slug, form);
        if (!result.errors().isEmpty()) {
            return invalid(Templates.form(slug, form, result.errors(), AgencyKind.values()));
        }
        return Response.seeOther(URI.create("/admin/agencies?notice=saved")).build();
    }

    static Response invalid(TemplateInstance page) {
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
