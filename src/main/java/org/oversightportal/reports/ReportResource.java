package org.oversightportal.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.board.BoardReview;
import org.oversightportal.inventory.Disclosure;

/** A submitted annual report, public, with the board's decision on it if there is one. */
@Path("/technologies/{slug}/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance report(Disclosure d, AnnualReport r, List<BoardReview> reviews, String notice);
    }

    @Inject
    Obligations obligations;

    @GET
    @Path("{year}")
    public TemplateInstance report(@RestPath String slug, @RestPath int year, @RestQuery String notice) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        AnnualReport r = AnnualReport.find(d, year).filter(AnnualReport::isSubmitted).orElseThrow(NotFoundException::new);
        return Templates.report(d, r, BoardReview.list("annualReport = ?1 order by decidedAt desc", r),
                "submitted".equals(notice) ? "notice_report_submitted" : null);
    }
}
