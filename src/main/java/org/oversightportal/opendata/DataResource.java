package org.oversightportal.opendata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The open-data page and data dictionary: every download with each of its columns explained (from the
 * same column lists the downloads write), and where the API and the feeds are.
 */
@Path("/data")
@Produces(MediaType.TEXT_HTML)
public class DataResource {

    /**
     * A download and its columns; each column is explained by the message {@code <prefix><column>}, the
     * column in lower case with anything but letters and digits as "_" ("Type of LEA": type_of_lea).
     */
    public record Download(String id, String path, String titleKey, List<String> columns, String columnPrefix) {
        public Download(String id, String path, String titleKey, List<String> columns) {
            this(id, path, titleKey, columns, "col_");
        }

        /** For the Atlas of Surveillance download: how its technology values map onto our categories. */
        public List<org.oversightportal.thirdparty.AtlasFormat.Mapping> atlasMappings() {
            return "atlas".equals(id) ? org.oversightportal.thirdparty.AtlasFormat.mappings() : List.of();
        }

        public String columnKey(String column) {
            return columnPrefix + column.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }
    }

    public static final List<Download> DOWNLOADS = List.of(
            new Download("technologies", "/downloads/technologies.csv", "file_technologies", InventoryCsv.COLUMNS),
            new Download("reports", "/downloads/reports.csv", "file_reports", RecordsCsv.REPORT_COLUMNS),
            new Download("decisions", "/downloads/decisions.csv", "file_decisions", RecordsCsv.DECISION_COLUMNS),
            new Download("atlas", "/downloads/atlas-of-surveillance.csv", "file_atlas", AtlasCsv.COLUMNS, "atlas_col_"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance data(List<Download> downloads);
    }

    @GET
    public TemplateInstance data() {
        return Templates.data(DOWNLOADS);
    }
}
