package org.oversightportal.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.WashingtonCountyCase;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.KeycloakTokens;
import org.junit.jupiter.api.Test;

/**
 * The Atom feeds are valid Atom, as a feed parser (ROME's) reads them, narrow to what was asked, and
 * carry a submission and a decision made through the portal's own forms with real accounts.
 */
@QuarkusTest
class FeedTest {

    static SyndFeed read(String path) throws Exception {
        String xml = given().get(path).then().statusCode(200).contentType("application/atom+xml; charset=UTF-8")
                .extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).allSatisfy(e -> {
            assertThat(e.getUri()).startsWith("tag:");
            assertThat(e.getUpdatedDate()).isNotNull();
            assertThat(e.getLink()).startsWith("http");
        });
        return feed;
    }

    @Test
    void everyTopicIsAValidAtomFeed() throws Exception {
        assertThat(read("/feeds/technologies.atom").getEntries()).hasSizeBetween(1, 50);
        assertThat(read("/feeds/decisions.atom").getEntries()).extracting(SyndEntry::getTitle)
                .anyMatch(t -> t.contains("Automated license plate readers"));
        assertThat(read("/feeds/comment-periods.atom").getEntries()).extracting(SyndEntry::getTitle)
                .anyMatch(t -> t.contains("Real-time face recognition pilot"));
        assertThat(read("/feeds/overdue-reports.atom").getEntries()).extracting(SyndEntry::getTitle)
                .anyMatch(t -> t.contains("2025 annual report on Automated license plate readers"));
    }

    @Test
    void aFeedNarrowsToOneAgencyVendorOrTechnology() throws Exception {
        SyndFeed harbor = read("/feeds/technologies.atom?agency=harbor-city-police");
        assertThat(harbor.getEntries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getTitle()).contains("Harbor City Police"));
        SyndFeed amazon = read("/feeds/technologies.atom?vendor=amazon-web-services");
        assertThat(amazon.getEntries()).extracting(SyndEntry::getTitle)
                .anyMatch(t -> t.contains("Face recognition search of booking photos"));
        SyndFeed one = read("/feeds/decisions.atom?technology=harbor-city-police-automated-license-plate-readers");
        assertThat(one.getEntries()).hasSize(3);
        given().get("/feeds/nothing.atom").then().statusCode(404);
        given().get("/feeds/technologies.atom?agency=%00").then().statusCode(404);
    }

    @Test
    void aSubmissionAndABoardDecisionAppearInTheFeeds() throws Exception {
        String slug = "washington-county-sheriff-feed-path-technology";
        String tech = "/feeds/technologies.atom?agency=washington-county-sheriff";
        assertThat(read(tech).getEntries()).extracting(SyndEntry::getTitle).noneMatch(t -> t.contains("Feed path"));

        Map<String, String> disclosure = WashingtonCountyCase.form("Feed path technology");
        disclosure.put("action", "submit");
        String staff = KeycloakTokens.accessToken("staff-washington");
        FormSession.open("/staff/disclosures/new", staff).post(disclosure).post("/staff/disclosures/new").then()
                .statusCode(303);

        SyndFeed submitted = read(tech);
        assertThat(submitted.getEntries().get(0).getTitle())
                .isEqualTo("New disclosure: Feed path technology — Washington County Sheriff's Office");
        assertThat(submitted.getEntries().get(0).getLink()).isEqualTo("http://localhost:8080/technologies/" + slug);
        assertThat(read("/feeds/comment-periods.atom?technology=" + slug).getEntries()).hasSize(1);
        assertThat(read("/feeds/decisions.atom?technology=" + slug).getEntries()).isEmpty();

        QuarkusTransaction.requiringNew().run(() -> {
            CommentPeriod p = CommentPeriod.latestFor(Disclosure.findBySlug(slug).orElseThrow()).orElseThrow();
            p.opensAt = Instant.now().minusSeconds(31 * 86_400L);
            p.closesAt = Instant.now().minusSeconds(60);
        });
        assertThat(read("/feeds/comment-periods.atom?technology=" + slug).getEntries()).as("closed").isEmpty();
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("revision", "1");
        decision.put("hearingDate", "2026-10-01");
        decision.put("hearingPlace", "County Building, Room 140");
        decision.put("decision", "reject");
        decision.put("legislation", "Resolution 2026-101");
        decision.put("votesFor", "5");
        decision.put("votesAgainst", "0");
        decision.put("rationale", "The need was not shown.");
        String board = KeycloakTokens.accessToken("board");
        FormSession.open("/board/disclosures/" + slug, board).post(decision).post("/board/disclosures/" + slug)
                .then().statusCode(303);

        SyndFeed decided = read("/feeds/decisions.atom?technology=" + slug);
        assertThat(decided.getEntries()).hasSize(1);
        assertThat(decided.getEntries().get(0).getTitle())
                .isEqualTo("Decision: reject — Feed path technology (Washington County Sheriff's Office)");
        assertThat(decided.getEntries().get(0).getDescription().getValue()).contains("The need was not shown.");
        assertThat(read("/feeds/decisions.atom").getEntries().get(0).getTitle()).contains("Feed path technology");
    }
}
