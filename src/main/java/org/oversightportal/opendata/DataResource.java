package org.oversightportal.opendata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.CurrentUser;

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
            this(id, path, titleKey, columns, "dict_");
        }

        /** For the Atlas of Surveillance download: how its technology values map onto our categories. */
        public List<org.oversightportal.thirdparty.AtlasFormat.Mapping> atlasMappings() {
            return "atlas".equals(id) ? org.oversightportal.thirdparty.AtlasFormat.mappings() : List.of();
        }

        public String columnKey(String column) {
            return columnPrefix + column.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        }
    }

    /** Every download, in the order the page and the bulk archive list them. */
    public static final List<Download> DOWNLOADS = List.of(
            new Download("technologies", "/downloads/technologies.csv", "file_technologies", InventoryCsv.COLUMNS, "dict_"),
            new Download("agencies", "/downloads/agencies.csv", "file_agencies", PublicRecords.AGENCY_COLUMNS,
                    "dict_agencies_"),
            new Download("vendors", "/downloads/vendors.csv", "file_vendors", PublicRecords.VENDOR_COLUMNS,
                    "dict_vendors_"),
            new Download("reports", "/downloads/reports.csv", "file_reports", RecordsCsv.REPORT_COLUMNS, "dict_"),
            new Download("decisions", "/downloads/decisions.csv", "file_decisions", RecordsCsv.DECISION_COLUMNS, "dict_"),
            new Download("comment-periods", "/downloads/comment-periods.csv", "file_comment_periods",
                    PublicRecords.PERIOD_COLUMNS, "dict_comment_periods_"),
            new Download("comments", "/downloads/comments.csv", "file_comments", PublicRecords.COMMENT_COLUMNS,
                    "dict_comments_"),
            new Download("atlas", "/downloads/atlas-of-surveillance.csv", "file_atlas", AtlasCsv.COLUMNS, "atlas_col_"));

    /** The downloads the bulk archive holds: all but the Atlas of Surveillance one (the same records in another's shape). */
    public static final List<Download> ARCHIVED = DOWNLOADS.stream().filter(d -> !d.id().equals("atlas")).toList();

    /** A file of the bulk archive and its number of rows, for the page. */
    public record ArchivedFile(String name, long rows) {
    }

    @CheckedTemplate(basePath = "opendata")
    static class Templates {
        static native TemplateInstance data(List<Download> downloads, BulkDownload bulk, List<ArchivedFile> files,
                boolean building, boolean rebuilding, boolean admin);
    }

    @Inject
    BulkDownloads bulkDownloads;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance data(@RestQuery boolean rebuilding) {
        BulkDownload bulk = BulkDownload.latestReady().orElse(null);
        List<ArchivedFile> files = new ArrayList<>();
        if (bulk != null && bulk.files != null) {
            Matcher m = Pattern.compile("\"([^\"]+)\":(\\d+)").matcher(bulk.files);
            while (m.find()) {
                files.add(new ArchivedFile(m.group(1), Long.parseLong(m.group(2))));
            }
        }
        return Templates.data(DOWNLOADS, bulk, files, BulkDownload.building().isPresent(), rebuilding, user.isAdmin());
    }

    /** An administrator rebuilds the archive now (in the background); the page says it is on its way. */
    @POST
    @Path("bulk")
    @RolesAllowed(CurrentUser.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rebuild() {
        bulkDownloads.requestBuild(user.username());
        return Response.seeOther(URI.create("/data?rebuilding=true#bulk")).build();
    }
}
