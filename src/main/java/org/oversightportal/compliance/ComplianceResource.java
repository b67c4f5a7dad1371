package org.oversightportal.compliance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.pagecache.PageCache;

/**
 * The public compliance dashboard, and the list behind each of its numbers. Anonymous views come from the page
 * cache while fresh, under their canonical address; the computation behind them is kept by {@link ComplianceService}
 * for signed-in visitors too (review finding 13).
 */
@Path("/compliance")
@Produces(MediaType.TEXT_HTML)
public class ComplianceResource {

    @CheckedTemplate(basePath = "compliance")
    static class Templates {
        static native TemplateInstance dashboard(List<ComplianceService.Row> rows, Map<Measure, Integer> totals,
                Measure[] measures, String sort, LocalDate asOf);

        static native TemplateInstance items(Measure measure, Agency agency, List<ComplianceService.Item> items,
                LocalDate asOf);
    }

    @Inject
    ComplianceService compliance;

    @Inject
    PageCache pages;

    @GET
    public Response dashboard(@Context HttpHeaders headers, @RestQuery String sort) {
        String known = sort == null || sort.equals("agency") || sort.equals("-agency")
                || Measure.fromSlug(sort) != null ? sort : null;
        return pages.page("/compliance" + (known == null ? "" : "?sort=" + known), headers, () -> {
            List<ComplianceService.Row> rows = compliance.rows(known);
            return Templates.dashboard(rows, compliance.totals(rows), Measure.values(),
                    known == null ? "agency" : known, compliance.today());
        });
    }

    @GET
    @Path("{measure}")
    public Response items(@Context HttpHeaders headers, @RestPath String measure, @RestQuery String agency) {
        Measure m = Measure.fromSlug(measure);
        if (m == null) {
            throw new NotFoundException();
        }
        if (agency != null && !agency.isBlank() && !agency.matches("[a-z0-9-]{1,200}")) {
            throw new NotFoundException(); // not a slug: no such agency (and nothing odd reaches the database)
        }
        Agency a = agency == null || agency.isBlank() ? null : Agency.findBySlug(agency).orElseThrow(NotFoundException::new);
        return pages.page("/compliance/" + m.slug() + (a == null ? "" : "?agency=" + a.slug), headers,
                () -> Templates.items(m, a, compliance.items(m, a == null ? null : a.slug), compliance.today()));
    }
}
