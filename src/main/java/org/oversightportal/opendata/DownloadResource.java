package org.oversightportal.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.inventory.InventoryFilter;

/** Downloads of public data. The inventory CSV takes the inventory page's own filters. */
@Path("/downloads")
public class DownloadResource {

    @Inject
    InventoryCsv csv;

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
}
