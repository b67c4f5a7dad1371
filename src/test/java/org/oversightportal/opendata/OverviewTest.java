package org.oversightportal.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.testsupport.HtmlChecker;

/**
 * The overview's charts: each an SVG with a title and a description, followed by a table of exactly
 * the numbers it draws, which add up to the inventory; vendors counted with their parent company.
 */
@QuarkusTest
class OverviewTest {

    static Map<String, Long> table(Document page, String chart) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Element row : page.select("#chart-" + chart + "-heading ~ table tbody tr")) {
            rows.put(row.selectFirst("th").text(), Long.parseLong(row.selectFirst("td").text().replace(",", "")));
        }
        return rows;
    }

    @Test
    void everyChartIsAnSvgWithTitleAndDescriptionAndItsNumbersAsATable() {
        String html = given().get("/overview").then().statusCode(200).extract().asString();
        assertThat(HtmlChecker.errors(html)).as("Nu HTML checker").isEmpty();
        Document page = Jsoup.parse(html);
        for (String chart : List.of("category", "hosting", "vendor", "nda", "compliance")) {
            Element svg = page.selectFirst("#chart-" + chart + "-heading ~ svg");
            assertThat(svg).as(chart).isNotNull();
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title").text()).isNotBlank();
            assertThat(svg.selectFirst("desc").text()).isNotBlank();
            Map<String, Long> rows = table(page, chart);
            assertThat(svg.select("rect")).as("a bar per table row of " + chart).hasSize(rows.size());
            assertThat(rows).as(chart).isNotEmpty();
        }
        long technologies = QuarkusTransaction.requiringNew().call(() -> Disclosure.count());
        assertThat(table(page, "category").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(technologies);
        assertThat(table(page, "nda").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(technologies);
        assertThat(table(page, "nda")).containsEntry("Signed and withheld",
                QuarkusTransaction.requiringNew().call(() -> Disclosure.count("ndaStatus",
                        org.oversightportal.inventory.NdaStatus.SIGNED_WITHHELD)));
    }

    @Test
    void aSubsidiarysTechnologiesCountForItsParentCompany() {
        Document page = Jsoup.parse(given().get("/overview").then().statusCode(200).extract().asString());
        long flockAndLucidus = QuarkusTransaction.requiringNew().call(() -> Disclosure.count(
                "vendor.slug in ?1", List.of("flock-safety", "lucidus-tech")));
        assertThat(table(page, "vendor")).containsEntry("Flock Safety", flockAndLucidus).doesNotContainKey("Lucidus Tech");
        assertThat(flockAndLucidus).isGreaterThan(QuarkusTransaction.requiringNew().call(
                () -> Disclosure.count("vendor.slug", "flock-safety")));
    }

    @Test
    void theOverviewIsInSpanishToo() {
        given().queryParam("lang", "es").get("/overview").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Tecnologías por categoría"));
    }
}
