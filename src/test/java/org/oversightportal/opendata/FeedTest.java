package org.oversightportal.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The Atom feeds are valid Atom, as a feed parser (ROME's) reads them, and narrow to what was asked. */
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
        assertThat(one.getEntries()).hasSize(2);
        given().get("/feeds/nothing.atom").then().statusCode(404);
        given().get("/feeds/technologies.atom?agency=%00").then().statusCode(404);
    }
}
