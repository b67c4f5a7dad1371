package org.oversightportal.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.thirdparty.AtlasFormat;

/**
 * The inventory in the Atlas of Surveillance's CSV shape: its column names, its technology values and
 * its kinds of agency, so the Atlas (or anyone using its tools) can take in what agencies here disclose.
 * Only technologies of a category the Atlas has a value for are written: the Atlas has no column for the
 * others (biometric surveillance, electronic monitoring and so on), and technologies.csv has them all.
 * Written a batch at a time, like the inventory download.
 */
@ApplicationScoped
public class AtlasCsv {

    /** The columns, in order; documented in the data dictionary. */
    public static final List<String> COLUMNS = List.of(AtlasFormat.AOSNUMBER, AtlasFormat.CITY, AtlasFormat.COUNTY,
            AtlasFormat.STATE, AtlasFormat.AGENCY, AtlasFormat.TYPE_OF_LEA, AtlasFormat.SUMMARY,
            AtlasFormat.TYPE_OF_JURIS, AtlasFormat.TECHNOLOGY, AtlasFormat.VENDOR, "Link 1", "Link 1 Snapshot",
            "Link 1 Source", "Link 1 Type", "Link 1 Date", AtlasFormat.OTHER_NOTES);

    /** The prefix of the identifiers this portal writes in the AOSNUMBER column (the Atlas numbers its own). */
    public static final String ID_PREFIX = "OP-";

    /** The categories the Atlas has a value for: the only ones written. */
    static final List<Category> EXCHANGED = Arrays.stream(Category.values()).filter(c -> c.atlasValue().isPresent())
            .toList();

    record Line(long id, String slug, String name, String product, Category category, String agencyName,
            AgencyKind agencyKind, String jurisdiction, String vendorName, String lifecycle, String approval,
            Instant submittedAt) {
    }

    @Inject
    PortalConfig config;

    public void write(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer);
        long after = 0;
        List<Line> lines;
        do {
            long from = after;
            lines = QuarkusTransaction.requiringNew().call(() -> page(from, config.downloads().batchSize()));
            for (Line l : lines) {
                AtlasFormat.Place place = AtlasFormat.place(l.jurisdiction());
                String url = config.baseUrl() + "/technologies/" + l.slug();
                csv.printRecord(ID_PREFIX + l.id(), InventoryCsv.safe(place.city()), InventoryCsv.safe(place.county()), place.state(),
                        InventoryCsv.safe(l.agencyName()), AtlasFormat.leaType(l.agencyKind()),
                        InventoryCsv.safe(l.product() == null ? l.name() : l.name() + " (" + l.product() + ")"),
                        place.typeOfJuris(), l.category().atlasValue().orElseThrow(), InventoryCsv.safe(l.vendorName()), url, "",
                        config.name(), "Disclosure",
                        l.submittedAt() == null ? "" : l.submittedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        "lifecycle: " + l.lifecycle() + "; approval: " + l.approval());
                after = l.id();
            }
            csv.flush();
        } while (!lines.isEmpty());
        csv.flush();
    }

    private static List<Line> page(long after, int size) {
        return Disclosure.getEntityManager().createQuery("""
                select d.id, d.slug, d.name, d.product, d.category, a.name, a.kind, a.jurisdiction, v.name,
                       d.lifecycleStatus, d.approvalStatus, d.submittedAt
                from Disclosure d join d.agency a left join d.vendor v
                where d.id > :after and d.category in :categories order by d.id""", Object[].class)
                .setParameter("after", after).setParameter("categories", EXCHANGED).setMaxResults(size)
                .getResultStream()
                .map(r -> new Line((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Category) r[4],
                        (String) r[5], (AgencyKind) r[6], (String) r[7], (String) r[8], code(r[9]), code(r[10]),
                        (Instant) r[11]))
                .toList();
    }

    private static String code(Object value) {
        return value instanceof org.oversightportal.common.Labelled l ? l.code() : value == null ? "" : value.toString();
    }
}
