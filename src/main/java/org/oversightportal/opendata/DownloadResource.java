package org.oversightportal.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.inventory.InventoryFilter;

/**
 * Downloads of public data: the inventory (with the inventory page's own filters, and in the Atlas of
 * Surveillance's shape), agencies, vendors, submitted annual reports, the board's decisions, comment
 * periods and public comments, each as CSV; and all of them at once in the bulk archive.
 */
@Path("/downloads")
public class DownloadResource {

    @Inject
    InventoryCsv csv;

    @Inject
    RecordsCsv records;

    @Inject
    Datasets datasets;

    @Inject
    BulkDownloads bulk;

    @Inject
    AtlasCsv atlas;

    @GET
    @Path("technologies.csv")
    public Response technologies(@RestQuery String q, @RestQuery String agency, @RestQuery String kind,
            @RestQuery String category, @RestQuery String vendor, @RestQuery String hosting, @RestQuery String nda,
            @RestQuery String status, @RestQuery String capability, @RestQuery String sort) {
        InventoryFilter filter = InventoryFilter.parse(q, agency, kind, category, vendor, hosting, nda, status,
                capability, sort, null);
        StreamingOutput body = out -> csv.write(filter, out);
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"technologies.csv\"")
                .header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("reports.csv")
    public Response reports() {
        return attachment(out -> records.reports(out), "reports.csv");
    }

    @GET
    @Path("decisions.csv")
    public Response decisions() {
        return attachment(out -> records.decisions(out), "decisions.csv");
    }

    @GET
    @Path("agencies.csv")
    public Response agencies() {
        return whole("agencies");
    }

    @GET
    @Path("vendors.csv")
    public Response vendors() {
        return whole("vendors");
    }

    @GET
    @Path("comment-periods.csv")
    public Response commentPeriods() {
        return whole("comment-periods");
    }

    @GET
    @Path("comments.csv")
    public Response comments() {
        return whole("comments");
    }

    /**
     * The latest bulk archive, read from the database a chunk at a time. Its ETag is the archive's
     * SHA-256, so a client that has it gets 304.
     */
    @GET
    @Path("bulk.zip")
    public Response bulk(Request request) {
        BulkDownload b = BulkDownload.latestReady().orElseThrow(NotFoundException::new);
        EntityTag tag = new EntityTag(b.sha256);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        long id = b.id;
        String date = b.builtAt.toString().substring(0, 10);
        return Response.ok((StreamingOutput) out -> bulk.stream(id, out)).type("application/zip").tag(tag)
                .lastModified(java.util.Date.from(b.builtAt)).header("Content-Length", b.sizeBytes)
                .header("Content-Disposition", "attachment; filename=\"oversight-portal-" + date + ".zip\"")
                .header("Cache-Control", "public, max-age=300").build();
    }

    private Response whole(String id) {
        DataResource.Download d = DataResource.DOWNLOADS.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow();
        return attachment(out -> {
            RowSink csv = RowSink.csv(out, d.columns());
            datasets.write(id, csv);
            csv.finish();
        }, id + ".csv");
    }

    /** The inventory in the Atlas of Surveillance's shape (see {@link AtlasCsv}). */
    @GET
    @Path("atlas-of-surveillance.csv")
    public Response atlasOfSurveillance() {
        return attachment(out -> atlas.write(out), "atlas-of-surveillance.csv");
    }

    private static Response attachment(StreamingOutput body, String name) {
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-cache").build();
    }
}
