package org.oversightportal.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.oversightportal.inventory.InventoryFilter;

/** Writes any download of {@link DataResource#DOWNLOADS} (the whole of it, unfiltered) into a sink. */
@ApplicationScoped
public class Datasets {

    @Inject
    InventoryCsv inventory;

    @Inject
    RecordsCsv records;

    @Inject
    PublicRecords publicRecords;

    public void write(String id, RowSink sink) throws IOException {
        switch (id) {
            case "technologies" -> inventory.rows(InventoryFilter.parse(null, null, null, null, null, null, null, null,
                    null, null, null), sink);
            case "agencies" -> publicRecords.agencies(sink);
            case "vendors" -> publicRecords.vendors(sink);
            case "reports" -> records.reports(sink);
            case "decisions" -> records.decisions(sink);
            case "comment-periods" -> publicRecords.periods(sink);
            case "comments" -> publicRecords.comments(sink);
            default -> throw new IllegalArgumentException("No download " + id);
        }
    }
}
