package org.oversightportal.vendors;

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

/** Admins manage vendors and their parent companies. */
@Path("/admin/vendors")
@RolesAllowed(CurrentUser.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class VendorAdminResource {

    @CheckedTemplate(basePath = "vendors/admin")
    static class Templates {
        static native TemplateInstance list(List<Vendor> vendors, String notice);

        static native TemplateInstance form(String slug, VendorForm form, FieldErrors errors, List<Vendor> vendors);
    }

    @Inject
    VendorService service;

    @GET
    public TemplateInstance list(@RestQuery String notice) {
        return Templates.list(Vendor.listByName(), "saved".equals(notice) ? "notice_saved" : null);
    }

    @GET
    @Path("new")
    public TemplateInstance newVendor() {
        return Templates.form(null, new VendorForm(), FieldErrors.none(), Vendor.listByName());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> params) {
        VendorForm form = FormBinding.bind(VendorForm.class, params);
        VendorService.Result result = service.create(form);
        if (!result.errors().isEmpty()) {
            return invalid(Templates.form(null, form, result.errors(), Vendor.listByName()));
        }
        return Response.seeOther(URI.create("/admin/vendors?notice=saved")).build();
    }

    @GET
    @Path("{slug}")
    public TemplateInstance edit(@RestPath String slug) {
        Vendor vendor = Vendor.find("select v from Vendor v left join fetch v.parent where v.slug = ?1", slug)
                .<Vendor>firstResultOptional().orElseThrow(NotFoundException::new);
        return Templates.form(slug, VendorForm.of(vendor), FieldErrors.none(), Vendor.listByName());
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath String slug, MultivaluedMap<String, String> params) {
        VendorForm form = FormBinding.bind(VendorForm.class, params);
        form.slug = slug;
        VendorService.Result result = service.update(slug, form);
        if (!result.errors().isEmpty()) {
            return invalid(Templates.form(slug, form, result.errors(), Vendor.listByName()));
        }
        return Response.seeOther(URI.create("/admin/vendors?notice=saved")).build();
    }

    private static Response invalid(TemplateInstance page) {
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
