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

    /** A download and its columns; each column is explained by the message {@code col_<column>}. */
    public record Download(String id, String path, String titleKey, List<String> columns) {
        public String columnKey(String column) {
            return "col_" + column;
        }
    }

    public static final List<Download> DOWNLOADS = List.of(
            new Download("technologies", "/downloads/technologies.csv", "file_technologies", InventoryCsv.COLUMNS),
            new Download("reports", "/downloads/reports.csv", "file_reports", RecordsCsv.REPORT_COLUMNS),
            new Download("decisions", "/downloads/decisions.csv", "file_decisions", RecordsCsv.DECISION_COLUMNS));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance data(List<Download> downloads);
    }

    @GET
    public TemplateInstance data() {
        return Templates.data(DOWNLOADS);
    }
}
