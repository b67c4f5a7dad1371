package org.oversightportal.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.common.Labelled;
import org.oversightportal.vendors.Vendor;

/**
 * Agencies and vendors, version 1: lists in slug order with cursors, and one of each with what it
 * discloses or sells. Contact details of agencies are public (the ordinance contact), never staff.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies and vendors", description = "Who uses surveillance technology, and who sells it")
public class DirectoryApi {

    @Schema(description = "An agency subject to the ordinance.")
    public record AgencyItem(
            @Schema(description = "Stable identifier", example = "washington-county-sheriff") String slug,
            @Schema(description = "Name") String name,
            @Schema(description = "Kind of agency code (police, sheriff, school_district, transit, jail_corrections, …)") String kind,
            @Schema(description = "The jurisdiction it serves", nullable = true) String jurisdiction,
            @Schema(description = "Its website", nullable = true) String website,
            @Schema(description = "How many technologies it has disclosed") long technologies,
            @Schema(description = "Its public page") String url) {
    }

    @Schema(description = "One page of agencies.")
    public record AgencyPage(
            @Schema(description = "The agencies of this page, by slug") List<AgencyItem> items,
            @Schema(description = "The page size used") int limit,
            @Schema(description = "Pass as cursor= to read the next page; null on the last page", nullable = true) String nextCursor) {
    }

    @Schema(description = "An agency with the technologies it has disclosed.")
    public record AgencyDetail(
            @Schema(description = "The agency") AgencyItem agency,
            @Schema(description = "Its technologies, by name") List<TechnologyApi.Ref> technologies) {
    }

    @Schema(description = "A company that sells surveillance technology or hosts its data.")
    public record VendorItem(
            @Schema(description = "Stable identifier", example = "flock-safety") String slug,
            @Schema(description = "Name") String name,
            @Schema(description = "Its website", nullable = true) String website,
            @Schema(description = "The company that owns it", nullable = true) TechnologyApi.Ref parent,
            @Schema(description = "How many technologies name it as vendor or hosting provider") long technologies,
            @Schema(description = "Its public page") String url) {
    }

    @Schema(description = "One page of vendors.")
    public record VendorPage(
            @Schema(description = "The vendors of this page, by slug") List<VendorItem> items,
            @Schema(description = "The page size used") int limit,
            @Schema(description = "Pass as cursor= to read the next page; null on the last page", nullable = true) String nextCursor) {
    }

    @Schema(description = "A vendor with its subsidiaries and the technologies that name it.")
    public record VendorDetail(
            @Schema(description = "The vendor") VendorItem vendor,
            @Schema(description = "Companies it owns") List<TechnologyApi.Ref> subsidiaries,
            @Schema(description = "Technologies it sells or hosts, by name") List<TechnologyApi.Ref> technologies) {
    }

    @Inject
    ApiSupport api;

    @Inject
    EntityManager em;

    @GET
    @Path("agencies")
    @Operation(summary = "List agencies", description = "In slug order; follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "A page of agencies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyPage.class)))
    @APIResponse(responseCode = "400", description = "A limit, kind or cursor that is not valid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response agencies(Request request,
            @Parameter(description = "Kind of agency code") @RestQuery String kind,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RestQuery Integer limit) {
        ApiSupport.PageRequest page = ApiSupport.PageRequest.of(limit, cursor, false);
        AgencyKind kindValue = Labelled.fromCode(AgencyKind.class, kind);
        if (page.problem() != null) {
            return page.problem();
        }
        if (kind != null && !kind.isBlank() && kindValue == null) {
            return Problems.badRequest("kind is not a kind of agency");
        }
        List<Object[]> rows = em.createQuery("""
                select a, (select count(d) from Disclosure d where d.agency = a) from Agency a
                where a.slug > :after and (:kind is null or a.kind = :kind) order by a.slug""", Object[].class)
                .setParameter("after", page.after()).setParameter("kind", kindValue).setMaxResults(page.size() + 1)
                .getResultList();
        List<AgencyItem> items = page.items(rows).stream().map(r -> agency((Agency) r[0], (Long) r[1])).toList();
        return api.cached(request, new AgencyPage(items, page.size(), page.next(rows, r -> ((Agency) r[0]).slug)));
    }

    @GET
    @Path("agencies/{slug}")
    @Operation(summary = "One agency and its technologies")
    @APIResponse(responseCode = "200", description = "The agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyDetail.class)))
    @APIResponse(responseCode = "404", description = "No agency has this slug",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response agency(Request request, @Parameter(description = "Agency slug") @RestPath String slug) {
        Agency a = Agency.findBySlug(slug).orElseThrow(NotFoundException::new);
        List<TechnologyApi.Ref> technologies = em.createQuery(
                "select d.slug, d.name from Disclosure d where d.agency = :a order by lower(d.name), d.id", Object[].class)
                .setParameter("a", a).getResultList().stream()
                .map(r -> new TechnologyApi.Ref((String) r[0], (String) r[1])).toList();
        return api.cached(request, new AgencyDetail(agency(a, technologies.size()), technologies));
    }

    @GET
    @Path("vendors")
    @Operation(summary = "List vendors", description = "In slug order; follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "A page of vendors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VendorPage.class)))
    @APIResponse(responseCode = "400", description = "A limit or cursor that is not valid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response vendors(Request request,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RestQuery Integer limit) {
        ApiSupport.PageRequest page = ApiSupport.PageRequest.of(limit, cursor, false);
        if (page.problem() != null) {
            return page.problem();
        }
        List<Object[]> rows = em.createQuery("""
                select v, (select count(d) from Disclosure d where d.vendor = v or d.hostingProvider = v)
                from Vendor v left join fetch v.parent where v.slug > :after order by v.slug""", Object[].class)
                .setParameter("after", page.after()).setMaxResults(page.size() + 1).getResultList();
        List<VendorItem> items = page.items(rows).stream().map(r -> vendor((Vendor) r[0], (Long) r[1])).toList();
        return api.cached(request, new VendorPage(items, page.size(), page.next(rows, r -> ((Vendor) r[0]).slug)));
    }

    @GET
    @Path("vendors/{slug}")
    @Operation(summary = "One vendor, its subsidiaries and its technologies")
    @APIResponse(responseCode = "200", description = "The vendor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VendorDetail.class)))
    @APIResponse(responseCode = "404", description = "No vendor has this slug",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response vendor(Request request, @Parameter(description = "Vendor slug") @RestPath String slug) {
        Vendor v = Vendor.findBySlug(slug).orElseThrow(NotFoundException::new);
        List<TechnologyApi.Ref> subsidiaries = em.createQuery(
                "select s.slug, s.name from Vendor s where s.parent = :v order by s.slug", Object[].class)
                .setParameter("v", v).getResultList().stream()
                .map(r -> new TechnologyApi.Ref((String) r[0], (String) r[1])).toList();
        List<TechnologyApi.Ref> technologies = em.createQuery("""
                select d.slug, d.name from Disclosure d where d.vendor = :v or d.hostingProvider = :v
                order by lower(d.name), d.id""", Object[].class)
                .setParameter("v", v).getResultList().stream()
                .map(r -> new TechnologyApi.Ref((String) r[0], (String) r[1])).toList();
        return api.cached(request, new VendorDetail(vendor(v, technologies.size()), subsidiaries, technologies));
    }

    private AgencyItem agency(Agency a, long technologies) {
        return new AgencyItem(a.slug, a.name, TechnologyApi.code(a.kind), a.jurisdiction, a.website, technologies,
                api.url("/agencies/" + a.slug));
    }

    private VendorItem vendor(Vendor v, long technologies) {
        return new VendorItem(v.slug, v.name, v.website, v.parent == null ? null : new TechnologyApi.Ref(v.parent.slug,
                v.parent.name), technologies, api.url("/vendors/" + v.slug));
    }
}
