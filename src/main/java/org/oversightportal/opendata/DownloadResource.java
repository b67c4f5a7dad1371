package org.oversightportal.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.inventory.InventoryFilter;

/**
 * Downloads of public data: the inventory (with the inventory page's own filters, and in the Atlas of
 * Surveillance's shape), submitted annual reports, and the board's decisions, each as CSV.
 */
@Path("/downloads")
public class DownloadResource {

    @Inject
    InventoryCsv csv;

    @Inject
    RecordsCsv records;

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
