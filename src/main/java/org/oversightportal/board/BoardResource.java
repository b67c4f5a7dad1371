package org.oversightportal.board;

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
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.reports.AnnualReport;
import org.oversightportal.reports.Obligation;
import org.oversightportal.reports.Obligations;

/**
 * The oversight board's workspace: the review queue, the decision forms for a disclosure revision
 * and for an annual report, and extensions of report deadlines. Only the board may use it.
 */
@Path("/board")
@RolesAllowed(CurrentUser.BOARD)
@Produces(MediaType.TEXT_HTML)
public class BoardResource {

    @CheckedTemplate(basePath = "board")
    static class Templates {
        static native TemplateInstance queue(List<ReviewService.QueueItem> items, List<Obligation> late,
                String notice);

        static native TemplateInstance review(Disclosure d, AnnualReport report, ReviewForm form, FieldErrors errors,
                List<Decision> decisions, String action);

        static native TemplateInstance extension(Obligation obligation, ExtensionService.ExtensionForm form,
                FieldErrors errors, int maxDays);
    }

    @Inject
    ReviewService reviews;

    @Inject
    ExtensionService extensions;

    @Inject
    Obligations obligations;

    @GET
    public TemplateInstance queue(@RestQuery String notice) {
        List<Obligation> late = obligations.list(null, null).stream()
                .filter(o -> (o.isOverdue() || o.isDueSoon()) && o.extensionDays() == null).toList();
        return Templates.queue(reviews.queue(), late, switch (notice == null ? "" : notice) {
            case "decided" -> "notice_decided";
            case "extended" -> "notice_extended";
            case "confirmed" -> "notice_approval_confirmed";
            default -> null;
        });
    }

    @GET
    @Path("disclosures/{slug}")
    public TemplateInstance reviewDisclosure(@RestPath String slug) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        return Templates.review(d, null, new ReviewForm(), FieldErrors.none(), Decision.forDisclosures(),
                "/board/disclosures/" + slug);
    }

    @POST
    @Path("disclosures/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideDisclosure(@RestPath String slug, MultivaluedMap<String, String> params) {
        ReviewForm form = FormBinding.bind(ReviewForm.class, params);
        int revision = parseInt(params.getFirst("revision"));
        FieldErrors errors = reviews.decideDisclosure(slug, revision, form);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/technologies/" + slug + "?notice=decided#decisions")).build();
        }
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        return invalid(Templates.review(d, null, form, errors, Decision.forDisclosures(), "/board/disclosures/" + slug));
    }

    /** Confirms the approval the agency reported on the revision the clerk read (the form names it). */
    @POST
    @Path("disclosures/{slug}/confirm-approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmReportedApproval(@RestPath String slug, MultivaluedMap<String, String> params) {
        FieldErrors errors = reviews.confirmReportedApproval(slug, parseInt(params.getFirst("revision")));
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/board?notice=confirmed")).build();
        }
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        return invalid(Templates.review(d, null, new ReviewForm(), errors, Decision.forDisclosures(),
                "/board/disclosures/" + slug));
    }

    @GET
    @Path("reports/{id}")
    public TemplateInstance reviewReport(@RestPath long id) {
        AnnualReport r = report(id);
        return Templates.review(r.disclosure, r, new ReviewForm(), FieldErrors.none(), Decision.forReports(),
                "/board/reports/" + id);
    }

    @POST
    @Path("reports/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideReport(@RestPath long id, MultivaluedMap<String, String> params) {
        ReviewForm form = FormBinding.bind(ReviewForm.class, params);
        FieldErrors errors = reviews.decideReport(id, parseInt(params.getFirst("revision")), form);
        AnnualReport r = report(id);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/technologies/" + r.disclosure.slug + "/reports/" + r.reportingYear
                    + "?notice=decided")).build();
        }
        return invalid(Templates.review(r.disclosure, r, form, errors, Decision.forReports(), "/board/reports/" + id));
    }

    @GET
    @Path("extensions/{slug}/{year}")
    public TemplateInstance extension(@RestPath String slug, @RestPath int year) {
        return Templates.extension(extensions.obligation(slug, year), new ExtensionService.ExtensionForm(),
                FieldErrors.none(), extensions.maxDays());
    }

    @POST
    @Path("extensions/{slug}/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grantExtension(@RestPath String slug, @RestPath int year, MultivaluedMap<String, String> params) {
        ExtensionService.ExtensionForm form = FormBinding.bind(ExtensionService.ExtensionForm.class, params);
        FieldErrors errors = extensions.grant(slug, year, form);
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/board?notice=extended")).build();
        }
        return invalid(Templates.extension(extensions.obligation(slug, year), form, errors, extensions.maxDays()));
    }

    private static AnnualReport report(long id) {
        return AnnualReport.<AnnualReport>find("""
                select r from AnnualReport r join fetch r.disclosure d join fetch d.agency where r.id = ?1""", id)
                .firstResultOptional().filter(AnnualReport::isSubmitted).orElseThrow(NotFoundException::new);
    }

    private static int parseInt(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Response invalid(TemplateInstance page) {
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
