package org.oversightportal.exigent;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.inventory.Disclosure;

/** Staff record a use made in an emergency without approval, and later report on it. */
@Path("/staff/exigent-uses")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.TEXT_HTML)
public class ExigentUseResource {

    @CheckedTemplate(basePath = "exigent")
    static class Templates {
        static native TemplateInstance list(Agency agency, List<ExigentUse> uses, List<Disclosure> technologies,
                ExigentUseService.UseForm form, FieldErrors errors, String notice);

        static native TemplateInstance report(ExigentUse use, String text, FieldErrors errors);
    }

    @Inject
    ExigentUseService service;

    @GET
    public TemplateInstance list(@RestQuery String notice) {
        Agency agency = service.myAgency();
        return Templates.list(agency, service.mine(), technologies(agency), new ExigentUseService.UseForm(),
                FieldErrors.none(), "saved".equals(notice) ? "notice_recorded" : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> params) {
        ExigentUseService.UseForm form = FormBinding.bind(ExigentUseService.UseForm.class, params);
        FieldErrors errors = service.record(form);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/exigent-uses?notice=saved")).build();
        }
        Agency agency = service.myAgency();
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.list(agency, service.mine(), technologies(agency), form, errors, null)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance report(@RestPath long id) {
        return Templates.report(service.own(id), null, FieldErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitReport(@RestPath long id, @RestForm String reportText) {
        String text = reportText == null ? null : FormBinding.normalizeNewlines(reportText);
        FieldErrors errors = service.report(id, text);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/staff/exigent-uses?notice=saved")).build();
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.report(service.own(id), text, errors)).build();
    }

    private static List<Disclosure> technologies(Agency agency) {
        return Disclosure.list("agency = ?1 order by lower(name)", agency);
    }
}
