package org.oversightportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.opendata.BulkDownloads;
import org.oversightportal.testsupport.KeycloakTokens;

/**
 * The page cache of anonymous pages (PageCache): answered with ETags and 304s; a change made through the portal
 * shows on the next request; a change made behind its back (another instance, SQL) within the freshness; and a
 * signed-in staff member's page is never stored nor served to anyone else, nor the anonymous page to them.
 */
@QuarkusTest
@TestProfile(PageCacheTest.Fresh3s.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageCacheTest {

    public static class Fresh3s implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.page-cache.freshness", "3s");
        }
    }

    static final Duration FRESHNESS = Duration.ofSeconds(3);
    static final String SLUG = "harbor-city-police-automated-license-plate-readers";
    static final String VIEW = "/technologies?sort=newest";

    @Inject
    DataSource dataSource;

    @Inject
    PageCache pages;

    @Inject
    BulkDownloads bulk;

    @Test
    @Order(1)
    void anonymousPagesCarryAnETagAndAnswer304() {
        Response first = given().get("/technologies");
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).startsWith("public, max-age=");
        assertThat(first.header("Vary")).contains("Cookie");
        given().header("If-None-Match", etag).get("/technologies").then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get("/technologies").then().statusCode(200);
        given().get("/").then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @Order(2)
    void aChangeMadeThroughThePortalShowsOnTheNextRequest() {
        String search = "/technologies?q=zebrafinch";
        assertThat(given().get(search).then().statusCode(200).extract().asString()).doesNotContain("/technologies/" + SLUG);
        QuarkusTransaction.requiringNew().run(() -> {
            Disclosure d = Disclosure.findBySlug(SLUG).orElseThrow();
            d.product = d.product + " Zebrafinch";
        });
        assertThat(given().get(search).then().statusCode(200).extract().asString()).contains("/technologies/" + SLUG);
    }

    @Test
    @Order(3)
    void aChangeMadeBehindThePortalsBackShowsWithinTheFreshness() throws Exception {
        String search = "/technologies?q=quokkaline";
        assertThat(given().get(search).then().statusCode(200).extract().asString()).doesNotContain("/technologies/" + SLUG);
        long changed;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Plain JDBC: Hibernate does not see it, as it would not see a change made by another instance.
            s.executeUpdate("update disclosure set product = coalesce(product, '') || ' Quokkaline' where slug = '" + SLUG + "'");
            changed = System.nanoTime();
        }
        long seen;
        while (true) {
            String page = given().get(search).then().statusCode(200).extract().asString();
            if (page.contains("/technologies/" + SLUG)) {
                seen = System.nanoTime();
                break;
            }
            assertThat(Duration.ofNanos(System.nanoTime() - changed)).as("the change is still not shown")
                    .isLessThan(FRESHNESS.plusSeconds(2));
            Thread.sleep(100);
        }
        assertThat(Duration.ofNanos(seen - changed)).isLessThanOrEqualTo(FRESHNESS.plusSeconds(1));
    }

    @Test
    @Order(4)
    void anAnonymousVisitFillsTheCache() {
        String page = given().get(VIEW).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("href=\"/staff\"");
    }

    @Test
    @Order(5)
    void aStaffMemberGetsTheirOwnPageNeverTheCachedOne() {
        // A real token from the test Keycloak: the router sees the Authorization header, as it would see the
        // session cookie of a browser, and leaves the request to authentication.
        String token = KeycloakTokens.accessToken("staff-washington");
        for (int i = 0; i < 2; i++) {
            Response response = given().auth().oauth2(token).get(VIEW);
            response.then().statusCode(200);
            assertThat(response.asString()).contains("href=\"/staff\"");
            assertThat(String.valueOf(response.header("Cache-Control"))).doesNotContain("public");
            assertThat(response.header("ETag")).isNull();
        }
    }

    @Test
    @Order(6)
    void andTheStaffPageIsNeverServedToAnyoneElse() {
        for (String path : new String[] { VIEW, "/technologies", "/" }) {
            assertThat(given().get(path).then().statusCode(200).extract().asString()).doesNotContain("href=\"/staff\"")
                    .doesNotContain("/logout");
        }
    }

    @Test
    @Order(7)
    void aRepeatedAnonymousVisitIsAnsweredOnTheRouterWithTheSameBytes() {
        String view = "/technologies?sort=newest&category=drones_and_robots";
        Response rendered = given().get(view);
        long[] before = pages.counts();
        Response cached = given().get(view);
        long[] after = pages.counts();
        assertThat(after[0]).as("answered before authentication and RESTEasy").isEqualTo(before[0] + 1);
        assertThat(after[2]).as("not rendered again").isEqualTo(before[2]);
        assertThat(cached.asString()).isEqualTo(rendered.asString());
        assertThat(cached.header("ETag")).isEqualTo(rendered.header("ETag"));
        assertThat(cached.header("Content-Type")).startsWith("text/html");
        // The headers every page carries come from the HTTP layer, so the router's answer has them too.
        assertThat(cached.header("Content-Security-Policy")).isEqualTo(rendered.header("Content-Security-Policy"))
                .isNotBlank();
        assertThat(cached.header("X-Frame-Options")).isEqualTo("DENY");
        given().header("If-None-Match", cached.header("ETag")).get(view).then().statusCode(304);
    }

    @Test
    @Order(8)
    void theRouterLeavesSessionsLanguageChoicesAndOtherLanguagesAlone() {
        String view = "/technologies?sort=newest&category=drones_and_robots";
        given().get(view).then().statusCode(200);
        long[] before = pages.counts();
        // A session cookie (here not a valid one) goes to authentication, never to the cached page.
        Response withSession = given().redirects().follow(false).cookie("q_session", "not-a-session").get(view);
        assertThat(withSession.asString()).doesNotContain("<h1");
        // An explicit language choice is rendered and remembered, never served from the cache.
        Response chosen = given().get(view + "&lang=es");
        chosen.then().statusCode(200);
        assertThat(chosen.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("portal_lang=es"));
        assertThat(pages.counts()[0]).isEqualTo(before[0]);
        // The Spanish page is its own entry: the English one is never handed to a Spanish browser.
        String spanish = given().header("Accept-Language", "es").get(view).then().statusCode(200).extract().asString();
        String spanishAgain = given().header("Accept-Language", "es").get(view).then().statusCode(200).extract().asString();
        assertThat(spanish).contains("lang=\"es\"").isEqualTo(spanishAgain);
        assertThat(given().get(view).then().statusCode(200).extract().asString()).contains("lang=\"en\"");
    }

    @Test
    @Order(9)
    void buildingTheBulkArchiveLeavesCachedPagesInPlace() {
        String view = "/technologies?sort=newest&category=body_worn_cameras";
        String etag = given().get(view).then().statusCode(200).extract().header("ETag");
        long version = PageCache.VERSION.get();
        assertThat(bulk.buildNow("test")).as("the archive was built").isPresent();
        assertThat(PageCache.VERSION.get()).as("no entry was dropped by its chunk inserts and audit entries")
                .isEqualTo(version);
        assertThat(given().get(view).then().statusCode(200).extract().header("ETag")).isEqualTo(etag);
    }

    @Test
    @Order(10)
    void onlyWritesToTablesNoPageShowsAreIgnored() {
        assertThat(WriteWatcher.unseen("insert into bulk_download_chunk (download_id, seq, data) values (?, ?, ?)")).isTrue();
        assertThat(WriteWatcher.unseen("update email_outbox set sent_at=? where id=?")).isTrue();
        assertThat(WriteWatcher.unseen("DELETE FROM subscription WHERE id = ?")).isTrue();
        assertThat(WriteWatcher.unseen("insert into audit_log (action,actor) values (?,?)")).isTrue();
        assertThat(WriteWatcher.unseen("update disclosure set product=? where id=?")).isFalse();
        assertThat(WriteWatcher.unseen("insert into public_comment (body) values (?)")).isFalse();
        assertThat(WriteWatcher.unseen("insert into subscription_x (id) values (?)")).isFalse();
        assertThat(WriteWatcher.unseen("update disclosure set x = (select 1 from email_outbox)")).isFalse();
    }
}
