package org.oversightportal.reports;

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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.Labelled;

/** Agency staff file their annual use reports: the list of what is owed, and the report form. */
@Path("/staff/reports")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.TEXT_HTML)
public class StaffReportResource {

    @CheckedTemplate(basePath = "reports/staff")
    static class Templates {
        static native TemplateInstance list(Agency agency, List<Obligation> obligations);

        static native TemplateInstance form(AnnualReport report, ReportForm form, FieldErrors errors,
                NonSuspects[] nonSuspects, String notice);
    }

    @Inject
    ReportService reports;

    @Inject
    Obligations obligations;

    @GET
    public TemplateInstance list() {
        Agency agency = reports.myAgency();
        return Templates.list(agency, obligations.list(agency.id, null));
    }

    @GET
    @Path("{slug}/{year}")
    public TemplateInstance form(@RestPath String slug, @RestPath int year, @RestQuery String notice) {
        AnnualReport r = reports.peek(slug, year);
        ReportForm form = r.hasDraft() ? r.draftForm : ReportMapper.toForm(r);
        return Templates.form(r, form.withBlankRows(), FieldErrors.none(), NonSuspects.values(),
                "saved".equals(notice) ? "notice_saved" : null);
    }

    @POST
    @Path("{slug}/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@RestPath String slug, @RestPath int year, MultivaluedMap<String, String> params) {
        String action = params.getFirst("action") == null ? "save" : params.getFirst("action");
        String here = "/staff/reports/" + slug + "/" + year;
        if (action.equals("amend")) {
            reports.amend(slug, year);
            return Response.seeOther(URI.create(here)).build();
        }
        ReportForm form = FormBinding.bind(ReportForm.class, params);
        if (action.startsWith("add-")) {
            AnnualReport r = reports.save(slug, year, form);
            form.withoutBlankRows().addRow(action.substring(4));
            return Response.ok(Templates.form(r, form, FieldErrors.none(), NonSuspects.values(), "notice_saved"))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if (action.equals("submit")) {
            ReportService.Submission s = reports.submit(slug, year, form);
            if (s.errors().isEmpty()) {
                return Response.seeOther(URI.create("/technologies/" + slug + "/reports/" + year + "?notice=submitted"))
                        .build();
            }
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.form(s.report(), form.withBlankRows(), s.errors(), NonSuspects.values(), null))
                    .build();
        }
        reports.save(slug, year, form);
        return Response.seeOther(URI.create(here + "?notice=saved")).build();
    }

    /** Used by the template to mark the chosen option. */
    static String code(Labelled value) {
        return value == null ? null : value.code();
    }
}
