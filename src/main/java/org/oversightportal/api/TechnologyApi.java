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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.envers.AuditReaderFactory;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.Labelled;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.InventoryFilter;
import org.oversightportal.inventory.InventoryPage;
import org.oversightportal.inventory.InventoryQuery;
import org.oversightportal.inventory.InventoryRow;
import org.oversightportal.inventory.RevisionInfo;

/**
 * The public read API for technologies, version 1: the inventory's filters and search, cursor
 * pagination ({@code limit} at most {@value ApiSupport#MAX_LIMIT}), stable slugs, and an ETag on every
 * read so that clients can ask "has it changed?" for free. A technology's revisions are read from its
 * history, each as it was submitted.
 */
@Path("/api/v1/technologies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Technologies", description = "Surveillance technologies disclosed by agencies, with their revisions")
public class TechnologyApi {

    @Schema(description = "A party named in a record.")
    public record Ref(
            @Schema(description = "Stable identifier, used in URLs", example = "flock-safety") String slug,
            @Schema(description = "Name, as the portal shows it") String name) {
    }

    @Schema(description = "A technology, as lists return it.")
    public record Item(
            @Schema(description = "Stable identifier of the technology") String slug,
            @Schema(description = "Name given by the agency") String name,
            @Schema(description = "The agency that uses it") Ref agency,
            @Schema(description = "Kind of agency (police, sheriff, school_district, …)") String agencyKind,
            @Schema(description = "Category code of the technology (face_recognition, alpr, …)") String category,
            @Schema(description = "Product name, when one is given", nullable = true) String product,
            @Schema(description = "The vendor that sells it", nullable = true) Ref vendor,
            @Schema(description = "Where its data is hosted (on_premises, public_cloud, vendor_cloud, …)", nullable = true) String hostingType,
            @Schema(description = "Name of the hosting provider", nullable = true) String hostingProvider,
            @Schema(description = "Non-disclosure agreement status code") String ndaStatus,
            @Schema(description = "Lifecycle status code (proposed, in_use, retired, …)") String lifecycleStatus,
            @Schema(description = "Approval status code given by the oversight body") String approvalStatus,
            @Schema(description = "True when it is in use without an approval on record") boolean inUseWithoutApproval,
            @Schema(description = "When its current revision was submitted", nullable = true) Instant submittedAt,
            @Schema(description = "Its public page") String url) {
    }

    @Schema(description = "One page of technologies.")
    public record Page(
            @Schema(description = "The technologies of this page") List<Item> items,
            @Schema(description = "How many technologies match the filters, on all pages") long total,
            @Schema(description = "The page size used") int limit,
            @Schema(description = "Pass as cursor= to read the next page; null on the last page", nullable = true) String nextCursor) {
    }

    @Schema(description = "A technology's disclosure: its main facts, at one revision.")
    public record Detail(
            @Schema(description = "Stable identifier of the technology") String slug,
            @Schema(description = "Name given by the agency") String name,
            @Schema(description = "Revision number (1 for the first submission)") int revision,
            @Schema(description = "When this revision was submitted", nullable = true) Instant submittedAt,
            @Schema(description = "The agency that uses it") Ref agency,
            @Schema(description = "Category code") String category,
            @Schema(description = "Product name", nullable = true) String product,
            @Schema(description = "Vendor", nullable = true) Ref vendor,
            @Schema(description = "What the technology is and does") String description,
            @Schema(description = "Why the agency uses it") String purpose,
            @Schema(description = "Uses the agency allows", nullable = true) String authorizedUses,
            @Schema(description = "Uses the agency forbids", nullable = true) String prohibitedUses,
            @Schema(description = "Capability codes (face_recognition, real_time, …)") List<String> capabilities,
            @Schema(description = "Kinds of data it collects", nullable = true) String dataTypes,
            @Schema(description = "Days data is kept, when a number is given", nullable = true) Integer retentionDays,
            @Schema(description = "True when data is kept indefinitely") boolean retentionIndefinite,
            @Schema(description = "Hosting type code", nullable = true) String hostingType,
            @Schema(description = "Hosting provider", nullable = true) Ref hostingProvider,
            @Schema(description = "Non-disclosure agreement status code") String ndaStatus,
            @Schema(description = "Lifecycle status code") String lifecycleStatus,
            @Schema(description = "Approval status code") String approvalStatus,
            @Schema(description = "Body that approved it", nullable = true) String approvalBody,
            @Schema(description = "Date of approval (ISO 8601)", nullable = true) String approvalDate,
            @Schema(description = "Conditions attached to the approval", nullable = true) String approvalConditions,
            @Schema(description = "Its public page") String url) {
    }

    @Schema(description = "One submitted revision of a technology's disclosure.")
    public record Revision(
            @Schema(description = "Revision number") int revision,
            @Schema(description = "When it was submitted", nullable = true) Instant submittedAt,
            @Schema(description = "This revision's full record in the API") String url,
            @Schema(description = "Its differences with the revision before, on the portal", nullable = true) String changesUrl) {
    }

    @Inject
    InventoryQuery inventory;

    @Inject
    ApiSupport api;

    @Inject
    EntityManager em;

    @GET
    @Operation(summary = "List technologies", description = "The inventory with the filters of its page; ordered by "
            + "name unless sort= says otherwise. Read every page by following nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of technologies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor that is not valid",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problems.Problem.class)))
    public Response list(Request request,
            @Parameter(description = "Words to search for in names, descriptions and purposes") @RestQuery String q,
            @Parameter(description = "Agency slug") @RestQuery String agency,
            @Parameter(description = "Kind of agency code") @RestQuery String kind,
            @Parameter(description = "Category code") @RestQuery String category,
            @Parameter(description = "Vendor slug (its subsidiaries included)") @RestQuery String vendor,
            @Parameter(description = "Hosting provider slug, or a hosting type code") @RestQuery String hosting,
            @Parameter(description = "NDA status code") @RestQuery String nda,
            @Parameter(description = "Lifecycle status code") @RestQuery String status,
            @Parameter(description = "Capability code") @RestQuery String capability,
            @Parameter(description = "Order: name (default), agency, newest, or relevance with q") @RestQuery String sort,
            @Parameter(description = "nextCursor of the previous page") @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RestQuery Integer limit) {
        Integer size = ApiSupport.limit(limit);
        if (size == null) {
            return ApiSupport.badLimit();
        }
        InventoryFilter filter = InventoryFilter.parse(q, agency, kind, category, vendor, hosting, nda, status,
                capability, sort, cursor);
        InventoryPage page = inventory.page(filter, size);
        if (page.cursorRejected()) {
            return Problems.badRequest("cursor is not valid for this sort order");
        }
        List<Item> items = page.rows().stream().map(this::item).toList();
        return api.cached(request, new Page(items, page.total(), size, page.nextCursor()));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One technology, as last submitted")
    @APIResponse(responseCode = "200", description = "The technology",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = "No technology has this slug",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problems.Problem.class)))
    public Response detail(Request request, @Parameter(description = "Technology slug") @RestPath String slug) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        return api.cached(request, detail(d));
    }

    @GET
    @Path("{slug}/revisions")
    @Operation(summary = "A technology's submitted revisions, newest first")
    @APIResponse(responseCode = "200", description = "Its revisions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = Revision.class)))
    @APIResponse(responseCode = "404", description = "No technology has this slug",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problems.Problem.class)))
    public Response revisions(Request request, @Parameter(description = "Technology slug") @RestPath String slug) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        List<RevisionInfo> revisions = RevisionInfo.of(d);
        return api.cached(request, revisions.stream().map(r -> new Revision(r.revision(), r.submittedAt(),
                api.url("/api/v1/technologies/" + d.slug + "/revisions/" + r.revision()),
                r.revision() > 1 ? api.url("/technologies/" + d.slug + "/changes?from=" + (r.revision() - 1) + "&to="
                        + r.revision()) : null)).toList());
    }

    @GET
    @Path("{slug}/revisions/{revision}")
    @Operation(summary = "A technology as it was at one submitted revision")
    @APIResponse(responseCode = "200", description = "The technology at that revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = "No such technology or revision",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problems.Problem.class)))
    public Response revision(Request request, @Parameter(description = "Technology slug") @RestPath String slug,
            @Parameter(description = "Revision number") @RestPath int revision) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        RevisionInfo info = RevisionInfo.of(d).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(NotFoundException::new);
        Disclosure then = AuditReaderFactory.get(em).find(Disclosure.class, d.id, info.envRevision());
        return api.cached(request, detail(then));
    }

    @GET
    @Path("{slug}/reports")
    @Operation(summary = "A technology's submitted annual use reports, latest year first")
    @APIResponse(responseCode = "200", description = "Its reports", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = OversightApi.Report.class)))
    @APIResponse(responseCode = "404", description = "No technology has this slug",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response reports(Request request, @Parameter(description = "Technology slug") @RestPath String slug) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        List<OversightApi.Report> reports = org.oversightportal.reports.AnnualReport.recordedFor(d).stream().filter(org.oversightportal.reports.AnnualReport::isSubmitted)
                .sorted((a, b) -> Integer.compare(b.reportingYear, a.reportingYear)).map(r -> OversightApi.report(r, api)).toList();
        return api.cached(request, reports);
    }

    Detail detail(Disclosure d) {
        return new Detail(d.slug, d.name, d.revision, d.submittedAt, new Ref(d.agency.slug, d.agency.name),
                code(d.category), d.product, d.vendor == null ? null : new Ref(d.vendor.slug, d.vendor.name),
                d.description, d.purpose, d.authorizedUses, d.prohibitedUses,
                d.capabilities().stream().map(Labelled::code).sorted().toList(), d.dataTypes, d.retentionDays,
                d.retentionIndefinite, code(d.hostingType),
                d.hostingProvider == null ? null : new Ref(d.hostingProvider.slug, d.hostingProvider.name),
                code(d.ndaStatus), code(d.lifecycleStatus), code(d.approvalStatus), d.approvalBody,
                d.approvalDate == null ? null : d.approvalDate.toString(), d.approvalConditions,
                api.url("/technologies/" + d.slug));
    }

    private Item item(InventoryRow r) {
        return new Item(r.slug(), r.name(), new Ref(r.agencySlug(), r.agencyName()), code(r.agencyKind()),
                code(r.category()), r.product(), r.vendorSlug() == null ? null : new Ref(r.vendorSlug(), r.vendorName()),
                code(r.hostingType()), r.hostingProviderName(), code(r.ndaStatus()), code(r.lifecycleStatus()),
                code(r.approvalStatus()), r.inUseWithoutApproval(), r.submittedAt(),
                api.url("/technologies/" + r.slug()));
    }

    static String code(Labelled value) {
        return value == null ? null : value.code();
    }
}
