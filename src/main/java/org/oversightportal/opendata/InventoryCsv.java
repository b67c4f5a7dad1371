package org.oversightportal.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.InventoryFilter;
import org.oversightportal.inventory.InventoryPage;
import org.oversightportal.inventory.InventoryQuery;
import org.oversightportal.inventory.InventoryRow;

/**
 * The inventory as CSV, exactly the rows of a filtered view in its order, written while they are read
 * through one server-side cursor over the query the page uses, so memory stays flat however many rows.
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

    /**
     * Every row of the filtered inventory into the sink, read through one server-side cursor ({@link
     * InventoryQuery#scroll}) in a read-only transaction: one statement instead of one keyset query per batch,
     * and every row from the same snapshot. The sink is flushed after each fetch of {@code
     * portal.downloads.batch-size} rows, so the reader gets them as they come and memory stays at one fetch.
     * The transaction (and its connection) lasts as long as the reader takes, bounded by {@link #READ_TIMEOUT_SECONDS}.
     */
    public void rows(InventoryFilter filter, RowSink sink) throws IOException {
        if (!cursors.tryAcquire()) {
            rowsInBatches(filter, sink);
            return;
        }
        try {
            rowsThroughCursor(filter, sink);
        } finally {
            cursors.release();
        }
    }

    /**
     * At most {@link #MAX_CURSORS} downloads at a time hold a connection for as long as their reader takes; more
     * at once (slow readers, or someone opening many) read in keyset batches, each in a short transaction of its
     * own, so downloads can never take the whole connection pool from the pages.
     */
    static final int MAX_CURSORS = 4;

    private final Semaphore cursors = new Semaphore(MAX_CURSORS);

    /** The cursor permits (a method, not the field: callers hold the bean's client proxy). */
    Semaphore cursors() {
        return cursors;
    }

    private void rowsThroughCursor(InventoryFilter filter, RowSink sink) throws IOException {
        int batch = config.downloads().batchSize();
        String technologies = config.baseUrl() + "/technologies/";
        long[] written = { 0 };
        try {
            QuarkusTransaction.requiringNew().timeout(READ_TIMEOUT_SECONDS).call(() -> {
                inventory.scroll(filter.withAfter(null), batch, r -> {
                    row(sink, r, technologies);
                    if (++written[0] % batch == 0) {
                        sink.flush();
                    }
                });
                return null;
            });
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // the reader went away: not a database problem
            }
            throw e;
        }
        sink.flush();
    }

    /** The same rows, a keyset page at a time, each page read in a transaction of its own. */
    void rowsInBatches(InventoryFilter filter, RowSink sink) throws IOException {
        String technologies = config.baseUrl() + "/technologies/";
        String cursor = null;
        do {
            InventoryFilter page = filter.withAfter(cursor);
            InventoryPage rows = QuarkusTransaction.requiringNew()
                    .call(() -> inventory.rows(page, config.downloads().batchSize()));
            for (InventoryRow r : rows.rows()) {
                row(sink, r, technologies);
            }
            sink.flush();
            cursor = rows.nextCursor();
        } while (cursor != null);
    }

    private static void row(RowSink sink, InventoryRow r, String technologies) throws IOException {
        sink.row(r.slug(), r.name(), r.agencySlug(), r.agencyName(), code(r.agencyKind()), code(r.category()),
                r.product(), r.vendorSlug(), r.vendorName(), code(r.hostingType()), r.hostingProviderName(),
                code(r.ndaStatus()), code(r.lifecycleStatus()), code(r.approvalStatus()), r.inUseWithoutApproval(),
                r.submittedAt(), technologies + r.slug());
    }

    /** How long one download may keep its read transaction open (a slow reader of the whole inventory). */
    static final int READ_TIMEOUT_SECONDS = 30 * 60;

    private static String code(org.oversightportal.common.Labelled value) {
        return value == null ? null : value.code();
    }

    /** Text as typed, defused against CSV injection (see {@link RowSink#defused}). */
    static String safe(String value) {
        return RowSink.defused(value);
    }
}
