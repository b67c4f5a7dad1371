package org.oversightportal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.Labelled;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.InventoryFilter;
import org.oversightportal.inventory.InventoryPage;
import org.oversightportal.inventory.InventoryQuery;
import org.oversightportal.inventory.InventoryRow;

/**
 * The public read API for technologies, version 1: the inventory's filters and search, cursor
 * pagination ({@code limit} at most {@value #MAX_LIMIT}), stable slugs, and an ETag on every read so
 * that clients can ask "has it changed?" for free.
 */
@Path("/api/v1/technologies")
@Produces(MediaType.APPLICATION_JSON)
public class TechnologyApi {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** A party named in a record: its stable slug and its name. */
    public record Ref(String slug, String name) {
    }

    /** A technology as the list returns it. */
    public record Item(String slug, String name, Ref agency, String agencyKind, String category, String product,
            Ref vendor, String hostingType, String hostingProvider, String ndaStatus, String lifecycleStatus,
            String approvalStatus, boolean inUseWithoutApproval, Instant submittedAt, String url) {
    }

    /** One page of the list; {@code nextCursor} is null on the last page. */
    public record Page(List<Item> items, long total, int limit, String nextCursor) {
    }

    /** A technology's main record. */
    public record Detail(String slug, String name, int revision, Instant submittedAt, Ref agency, String category,
            String product, Ref vendor, String description, String purpose, String authorizedUses,
            String prohibitedUses, List<String> capabilities, String dataTypes, Integer retentionDays,
            boolean retentionIndefinite, String hostingType, Ref hostingProvider, String ndaStatus,
            String lifecycleStatus, String approvalStatus, String approvalBody, String approvalDate,
            String approvalConditions, String url) {
    }

    @Inject
    InventoryQuery inventory;

    @Inject
    PortalConfig config;

    @Inject
    ObjectMapper json;

    @GET
    public Response list(Request request, @RestQuery String q, @RestQuery String agency, @RestQuery String kind,
            @RestQuery String category, @RestQuery String vendor, @RestQuery String hosting, @RestQuery String nda,
            @RestQuery String status, @RestQuery String capability, @RestQuery String sort, @RestQuery String cursor,
            @RestQuery Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            return Problems.badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        InventoryFilter filter = InventoryFilter.parse(q, agency, kind, category, vendor, hosting, nda, status,
                capability, sort, cursor);
        InventoryPage page = inventory.page(filter, size);
        if (page.cursorRejected()) {
            return Problems.badRequest("cursor is not valid for this sort order");
        }
        List<Item> items = page.rows().stream().map(this::item).toList();
        return cached(request, new Page(items, page.total(), size, page.nextCursor()));
    }

    @GET
    @Path("{slug}")
    public Response detail(Request request, @RestPath String slug) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        return cached(request, new Detail(d.slug, d.name, d.revision, d.submittedAt, new Ref(d.agency.slug, d.agency.name),
                code(d.category), d.product, d.vendor == null ? null : new Ref(d.vendor.slug, d.vendor.name),
                d.description, d.purpose, d.authorizedUses, d.prohibitedUses,
                d.capabilities().stream().map(Labelled::code).sorted().toList(), d.dataTypes, d.retentionDays,
                d.retentionIndefinite, code(d.hostingType),
                d.hostingProvider == null ? null : new Ref(d.hostingProvider.slug, d.hostingProvider.name),
                code(d.ndaStatus), code(d.lifecycleStatus), code(d.approvalStatus), d.approvalBody,
                d.approvalDate == null ? null : d.approvalDate.toString(), d.approvalConditions,
                config.baseUrl() + "/technologies/" + d.slug));
    }

    private Item item(InventoryRow r) {
        return new Item(r.slug(), r.name(), new Ref(r.agencySlug(), r.agencyName()), code(r.agencyKind()),
                code(r.category()), r.product(), r.vendorSlug() == null ? null : new Ref(r.vendorSlug(), r.vendorName()),
                code(r.hostingType()), r.hostingProviderName(), code(r.ndaStatus()), code(r.lifecycleStatus()),
                code(r.approvalStatus()), r.inUseWithoutApproval(), r.submittedAt(),
                config.baseUrl() + "/technologies/" + r.slug());
    }

    /** The body with a strong ETag of its bytes; 304 when the client already has them. */
    private Response cached(Request request, Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            EntityTag tag = new EntityTag(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16));
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            if (notModified != null) {
                return notModified.header("Cache-Control", "public, max-age=60").build();
            }
            return Response.ok(new String(bytes, StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE)
                    .tag(tag).header("Cache-Control", "public, max-age=60")
                    .header("Access-Control-Allow-Origin", "*").build();
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(Labelled value) {
        return value == null ? null : value.code();
    }
}
