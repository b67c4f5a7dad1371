package org.oversightportal.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.oversightportal.inventory.InventoryFilter;
import org.oversightportal.inventory.InventoryQuery;

/** The CSV download holds exactly the rows of the filtered view it was asked for, in its order. */
@QuarkusTest
class InventoryCsvTest {

    @Inject
    InventoryQuery inventory;

    @Inject
    InventoryCsv csv;

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void aFilteredViewDownloadsAsExactlyItsRows() throws IOException {
        Response r = given().get("/downloads/technologies.csv?category=face_recognition&nda=signed_withheld");
        r.then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"technologies.csv\"");
        List<CSVRecord> rows = parse(r.asString());
        InventoryFilter filter = InventoryFilter.parse(null, null, null, "face_recognition", null, null,
                "signed_withheld", null, null, null, null);
        List<String> expected = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> inventory.page(filter, 10_000).rows().stream().map(x -> x.slug()).toList());
        assertThat(rows).extracting(x -> x.get("slug")).containsExactlyElementsOf(expected).isNotEmpty();
        assertThat(rows).allSatisfy(x -> {
            assertThat(x.get("category")).isEqualTo("face_recognition");
            assertThat(x.get("nda_status")).isEqualTo("signed_withheld");
            assertThat(x.get("url")).endsWith("/technologies/" + x.get("slug"));
        });
    }

    @Test
    void theWholeInventoryComesOutAcrossManyBatchesWithTheHeaderOnce() throws IOException {
        String body = given().get("/downloads/technologies.csv?sort=newest").then().statusCode(200).extract().asString();
        List<CSVRecord> rows = parse(body);
        long total = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> inventory.count(InventoryFilter.none()));
        assertThat(rows).hasSize((int) total);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(InventoryCsv.COLUMNS);
        assertThat(rows).extracting(x -> x.get("slug")).doesNotHaveDuplicates();
    }

    @Test
    void withEveryCursorTakenADownloadReadsInBatchesAndGivesTheSameBytes() throws InterruptedException {
        String view = "/downloads/technologies.csv?sort=newest";
        String throughCursor = given().get(view).then().statusCode(200).extract().asString();
        csv.cursors().acquire(InventoryCsv.MAX_CURSORS);
        try {
            assertThat(csv.cursors().availablePermits()).isZero();
            assertThat(given().get(view).then().statusCode(200).extract().asString()).isEqualTo(throughCursor);
        } finally {
            csv.cursors().release(InventoryCsv.MAX_CURSORS);
        }
        assertThat(csv.cursors().availablePermits()).as("every download gives its cursor back")
                .isEqualTo(InventoryCsv.MAX_CURSORS);
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(InventoryCsv.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(InventoryCsv.safe("@SUM(A1)")).startsWith("'");
        assertThat(InventoryCsv.safe("Face recognition")).isEqualTo("Face recognition");
    }
}
