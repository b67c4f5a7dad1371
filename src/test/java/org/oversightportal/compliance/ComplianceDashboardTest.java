package org.oversightportal.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every number on the public compliance dashboard equals the length of the list it links to, for every
 * agency and every measure, on the demo data; and the demo data has something in every measure.
 */
@QuarkusTest
class ComplianceDashboardTest {

    /**
     * The demo data has no disclosure whose changes the board requested and the agency has not answered: make one,
     * so that the test does not depend on another test class (OversightPathTest) having run first.
     */
    @org.junit.jupiter.api.BeforeAll
    static void changesRequestedAndUnanswered() {
        org.oversightportal.testsupport.CommentFixtures.Period p = org.oversightportal.testsupport.CommentFixtures
                .closedPeriod(org.oversightportal.testsupport.Identities.ORLANDO, "Changes requested, unanswered");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            org.oversightportal.inventory.Disclosure d = org.oversightportal.inventory.Disclosure.findBySlug(p.slug())
                    .orElseThrow();
            d.approvalStatus = org.oversightportal.inventory.ApprovalStatus.CHANGES_REQUESTED;
            org.oversightportal.board.BoardReview r = new org.oversightportal.board.BoardReview();
            r.disclosure = d;
            r.disclosureRevision = d.revision;
            r.hearingDate = java.time.LocalDate.now().minusDays(1);
            r.hearingPlace = "City Hall";
            r.decision = org.oversightportal.board.Decision.REQUEST_CHANGES;
            r.consentAgenda = true;
            r.rationale = "Say how long the data is kept.";
            r.decidedBy = "board";
            r.decidedAt = d.submittedAt.plusSeconds(60);
            r.persist();
        });
    }

    static int listed(String href) {
        Document list = Jsoup.parse(given().get(href).then().statusCode(200).extract().asString());
        return list.select("tr.portal-compliance-item").size();
    }

    @Test
    void everyNumberMatchesTheListBehindIt() {
        Document dashboard = Jsoup.parse(given().get("/compliance").then().statusCode(200).extract().asString());
        assertThat(dashboard.text()).contains("As of");
        List<String> checked = new ArrayList<>();
        for (Element cell : dashboard.select("table tbody td a[href^=/compliance/]")) {
            int shown = Integer.parseInt(cell.ownText().replace(",", "").strip());
            assertThat(listed(cell.attr("href"))).as(cell.attr("href")).isEqualTo(shown);
            checked.add(cell.attr("href"));
        }
        for (Element total : dashboard.select(".usa-card a[href^=/compliance/]")) {
            int shown = Integer.parseInt(total.text().replace(",", "").strip());
            assertThat(listed(total.attr("href"))).as(total.attr("href")).isEqualTo(shown);
            if (!total.attr("href").equals("/compliance/due-soon")) {
                // What falls due within 30 days depends on today's date; everything else is in the demo.
                assertThat(shown).as("demo data has something for " + total.attr("href")).isPositive();
            }
        }
        assertThat(checked).anyMatch(h -> h.startsWith("/compliance/overdue?agency=harbor-city-police"))
                .anyMatch(h -> h.startsWith("/compliance/nda-withheld?agency=washington-county-sheriff"))
                .anyMatch(h -> h.startsWith("/compliance/exigent-unreported?agency=washington-county-sheriff"));
    }

    @Test
    void theDashboardSortsByAgencyEitherWayAndByAMeasure() {
        List<String> az = agencies("/compliance?sort=agency");
        List<String> za = agencies("/compliance?sort=-agency");
        assertThat(az).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        List<String> reversed = new ArrayList<>(az);
        java.util.Collections.reverse(reversed);
        assertThat(za).containsExactlyElementsOf(reversed);
        Document byOverdue = Jsoup.parse(given().get("/compliance?sort=overdue").then().extract().asString());
        List<Integer> overdue = byOverdue.select("table tbody tr").stream()
                .map(r -> Integer.parseInt(r.select("td").get(1).text().replaceAll("\\(.*\\)", "")
                        .replace(",", "").strip()))
                .toList();
        assertThat(overdue).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    static List<String> agencies(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString())
                .select("table tbody th").eachText();
    }
}
