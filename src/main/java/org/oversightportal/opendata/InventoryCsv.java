package org.oversightportal.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer);
        String cursor = null;
        do {
            InventoryFilter page = filter.withAfter(cursor);
            InventoryPage rows = QuarkusTransaction.requiringNew().call(() -> inventory.rows(page, config.downloads().batchSize()));
            for (InventoryRow r : rows.rows()) {
                csv.printRecord(safe(r.slug()), safe(r.name()), safe(r.agencySlug()), safe(r.agencyName()),
                        code(r.agencyKind()), code(r.category()), safe(r.product()), safe(r.vendorSlug()),
                        safe(r.vendorName()), code(r.hostingType()), safe(r.hostingProviderName()), code(r.ndaStatus()),
                        code(r.lifecycleStatus()), code(r.approvalStatus()), r.inUseWithoutApproval(),
                        r.submittedAt(), config.baseUrl() + "/technologies/" + r.slug());
            }
            csv.flush();
            cursor = rows.nextCursor();
        } while (cursor != null);
        csv.flush();
    }

    private static String code(org.oversightportal.common.Labelled value) {
        return value == null ? null : value.code();
    }

    /**
     * Text as typed, except that a cell a spreadsheet would run as a formula (starting with =, +, -, @,
     * tab or carriage return) is prefixed with an apostrophe, as OWASP recommends against CSV injection.
     */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
