package org.oversightportal.inventory;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.comments.CommentService;
import org.oversightportal.reports.ReportHistory;
import org.oversightportal.vendors.Vendor;

/** The public inventory of surveillance technologies and each technology's page. */
@Path("/technologies")
@Produces(MediaType.TEXT_HTML)
public class InventoryResource {

    /** The choices offered by the inventory's filter form. */
    public record Facets(List<Agency> agencies, List<Vendor> vendors, List<Vendor> hostingProviders) {
        public AgencyKind[] kinds() {
            return AgencyKind.values();
        }

        public Category[] categories() {
            return Category.values();
        }

        public NdaStatus[] ndaStatuses() {
            return NdaStatus.values();
        }

        public LifecycleStatus[] statuses() {
            return LifecycleStatus.values();
        }

        public Capability[] capabilities() {
            return Capability.values();
        }

        public InventoryFilter.Sort[] sorts() {
            return InventoryFilter.Sort.values();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(InventoryFilter filter, InventoryPage page, Facets facets);

        static native TemplateInstance detail(Disclosure d, List<RevisionInfo> revisions, CommentService.Summary comments,
                ReportHistory.History reports, String notice);
    }

    @Inject
    InventoryQuery inventory;

    @Inject
    CommentService comments;

    @Inject
    ReportHistory history;

    @GET
    public Response list(@Context UriInfo uri, @RestQuery String q, @RestQuery String agency, @RestQuery String kind,
            @RestQuery String category, @RestQuery String vendor, @RestQuery String hosting, @RestQuery String nda,
            @RestQuery String status, @RestQuery String capability, @RestQuery String sort, @RestQuery String after) {
        InventoryFilter filter = InventoryFilter.parse(q, agency, kind, category, vendor, hosting, nda, status,
                capability, sort, after);
        if (uri.getQueryParameters().values().stream().anyMatch(v -> v.stream().anyMatch(String::isBlank))) {
            // The filter form sends every field, empty ones too: show the view under its short address.
            return Response.seeOther(URI.create("/technologies" + filter.queryString())).build();
        }
        return Response.ok(Templates.list(filter, inventory.page(filter), facets())).build();
    }

    @GET
    @Path("{slug}")
    public TemplateInstance detail(@RestPath String slug, @RestQuery String notice,
            @RestQuery("comments") int commentPage) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        String known = switch (notice == null ? "" : notice) {
            case "submitted" -> "notice_submitted";
            case "period" -> "notice_period_changed";
            case "decided" -> "notice_decided";
            default -> null;
        };
        return Templates.detail(d, RevisionInfo.of(d), comments.summaryFor(d, commentPage), history.of(d), known);
    }

    static Facets facets() {
        List<Vendor> hosting = Vendor.list(
                "select distinct h from Disclosure d join d.hostingProvider h order by h.name");
        return new Facets(Agency.listByName(), Vendor.listByName(), hosting);
    }
}
