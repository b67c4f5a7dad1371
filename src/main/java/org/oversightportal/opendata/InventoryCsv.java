package org.oversightportal.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.InventoryFilter;
import org.oversightportal.inventory.InventoryPage;
import org.oversightportal.inventory.InventoryQuery;
import org.oversightportal.inventory.InventoryRow;

/**
 * The inventory as CSV, exactly the rows of a filtered view, written while they are read: a page of
 * rows at a time through the same keyset query the page uses, so memory stays flat however many rows.
 * Values are codes, not translated labels, so the file reads the same in every language.
 */
@ApplicationScoped
public class InventoryCsv {

    /** The columns, in order; documented in the data dictionary. */
    public static final List<String> COLUMNS = List.of("slug", "name", "agency_slug", "agency_name", "agency_kind",
            "category", "product", "vendor_slug", "vendor_name", "hosting_type", "hosting_provider", "nda_status",
            "lifecycle_status", "approval_status", "in_use_without_approval", "submitted_at", "url");

    @Inject
    InventoryQuery inventory;

    @Inject
    PortalConfig config;

    public void write(InventoryFilter filter, OutputStream out) throws IOException {
        RowSink csv = RowSink.csv(out, COLUMNS);
        rows(filter, csv);
        csv.finish();
    }

    /** Every row of the filtered inventory into the sink, a keyset page at a time. */
    public void rows(InventoryFilter filter, RowSink sink) throws IOException {
        String cursor = null;
        do {
            InventoryFilter page = filter.withAfter(cursor);
            InventoryPage rows = QuarkusTransaction.requiringNew().call(() -> inventory.rows(page, config.downloads().batchSize()));
            for (InventoryRow r : rows.rows()) {
                sink.row(r.slug(), r.name(), r.agencySlug(), r.agencyName(), code(r.agencyKind()), code(r.category()),
                        r.product(), r.vendorSlug(), r.vendorName(), code(r.hostingType()), r.hostingProviderName(),
                        code(r.ndaStatus()), code(r.lifecycleStatus()), code(r.approvalStatus()),
                        r.inUseWithoutApproval(), r.submittedAt(), config.baseUrl() + "/technologies/" + r.slug());
            }
            sink.flush();
            cursor = rows.nextCursor();
        } while (cursor != null);
    }

    private static String code(org.oversightportal.common.Labelled value) {
        return value == null ? null : value.code();
    }

    /** Text as typed, defused against CSV injection (see {@link RowSink#defused}). */
    static String safe(String value) {
        return RowSink.defused(value);
    }
}
