package org.oversightportal.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.oversightportal.board.BoardReview;
import org.oversightportal.reports.AnnualReport;
import org.oversightportal.testsupport.HtmlChecker;

/**
 * Reports and decisions as CSV: every submitted report and every recorded decision, once each (read in
 * batches of 100 in tests, so several batches), parsed back with Commons CSV.
 */
@QuarkusTest
class RecordsCsvTest {

    @Test
    void theReportsCsvHasEverySubmittedReportOnce() throws Exception {
        Response r = given().get("/downloads/reports.csv");
        r.then().statusCode(200).contentType("text/csv").header("Content-Disposition",
                "attachment; filename=\"reports.csv\"");
        List<CSVRecord> rows = InventoryCsvTest.parse(r.asString());
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(RecordsCsv.REPORT_COLUMNS);
        long submitted = QuarkusTransaction.requiringNew().call(() -> AnnualReport.count("submittedAt is not null"));
        assertThat(rows).hasSize((int) submitted);
        assertThat(rows.stream().map(x -> x.get("technology_slug") + "/" + x.get("reporting_year")))
                .doesNotHaveDuplicates();
        CSVRecord alpr = rows.stream().filter(x -> x.get("technology_slug")
                .equals("harbor-city-police-automated-license-plate-readers") && x.get("reporting_year").equals("2024"))
                .findFirst().orElseThrow();
        assertThat(alpr.get("total_cost")).isEqualTo("184000.00");
        assertThat(alpr.get("captured_non_suspects")).isEqualTo("yes");
        assertThat(alpr.get("url")).endsWith("/technologies/harbor-city-police-automated-license-plate-readers/reports/2024");
    }

    @Test
    void theDecisionsCsvHasEveryDecisionOnceWithItsConditionsAndVote() throws Exception {
        Response r = given().get("/downloads/decisions.csv");
        r.then().statusCode(200).contentType("text/csv");
        List<CSVRecord> rows = InventoryCsvTest.parse(r.asString());
        long decided = QuarkusTransaction.requiringNew().call(() -> BoardReview.count("decision is not null"));
        assertThat(rows).hasSize((int) decided);
        assertThat(rows.stream().map(x -> x.get("decision_id"))).doesNotHaveDuplicates();
        CSVRecord approval = rows.stream().filter(x -> x.get("decision").equals("approve_with_conditions")
                && x.get("technology_slug").equals("harbor-city-police-automated-license-plate-readers"))
                .findFirst().orElseThrow();
        assertThat(approval.get("conditions"))
                .isEqualTo("No data shared for immigration enforcement. | An annual audit is published.");
        assertThat(approval.get("votes_for")).isEqualTo("5");
        assertThat(approval.get("subject")).isEqualTo("disclosure");
    }

    @Test
    void theDataDictionaryExplainsEveryColumnOfEveryDownloadInBothLanguages() {
        for (String lang : List.of("en", "es")) {
            String page = given().queryParam("lang", lang).get("/data").then().statusCode(200).extract().asString();
            assertThat(HtmlChecker.errors(page)).as("Nu HTML checker, " + lang).isEmpty();
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
            for (DataResource.Download d : DataResource.DOWNLOADS) {
                List<String> documented = doc.select("#file-" + d.id() + " ~ div table tbody th code").eachText();
                assertThat(documented).as(d.path()).containsExactlyElementsOf(d.columns());
                assertThat(doc.select("#file-" + d.id() + " ~ div table tbody td").eachText())
                        .as("every column of " + d.path() + " explained in " + lang).allMatch(t -> t.length() > 5);
            }
        }
    }
}
