package org.oversightportal.pagecache;

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
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oversightportal.common.AuditLog;
import org.oversightportal.comments.CommentService;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.comments.ModerationService;
import org.oversightportal.comments.PublicComment;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.opendata.BulkDownloads;
import org.oversightportal.testsupport.FormSession;
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

    /** A technology of the Washington County Sheriff with an open comment period. */
    static final String OPEN = "washington-county-sheriff-face-recognition-search-of-booking-photos";
    static final String TECHNOLOGY = "/technologies/" + OPEN;

    @Inject
    PageCache pages;

    @Inject
    BulkDownloads bulk;

    @Inject
    DataSource dataSource;

    @Inject
    CommentService comments;

    @Inject
    AuditLog audit;

    @Inject
    ModerationService moderation;

    @Test
    @Order(1)
    void anonymousPagesCarryAnETagAndAnswer304() {
        Response first = given().cookie("portal-csrf", csrfCookie()).get("/technologies");
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
    @Order(1)
    void aCachedPageThatSetsTheCsrfCookieIsForThatBrowserOnly() {
        // A first visit has no CSRF cookie, and its response sets one: no shared cache may keep it.
        PageCache.invalidate();
        Response first = given().get("/technologies");
        first.then().statusCode(200);
        assertThat(first.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("portal-csrf="));
        assertThat(first.header("Cache-Control")).startsWith("private, max-age=");
        // With the cookie, nothing is set, and the same page may be kept by shared caches.
        Response again = given().cookie("portal-csrf", csrfCookie()).get("/technologies");
        assertThat(again.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("portal-csrf="));
        assertThat(again.header("Cache-Control")).startsWith("public, max-age=");
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    }

    /** A CSRF cookie as the portal sets it on a first visit (a page never cached: a language chosen). */
    private static String csrfCookie() {
        String cookie = given().get("/?lang=en").then().statusCode(200).extract().cookie("portal-csrf");
        assertThat(cookie).isNotBlank();
        return cookie;
    }

    @Test
    @Order(2)
    void aChangeMadeThroughThePortalShowsOnTheNextRequest() {
        String search = "/technologies?q=zebrafinch";
        assertThat(given().get(search).then().statusCode(200).extract().asString()).doesNotContain("/technologies/" + SLUG);
        QuarkusTransaction.requiringNew().run(() -> {
            Disclosure d = Disclosure.findBySlug(SLUG).orElseThrow();
            d.product = d.product + " Zebrafinch";
            // As every service does with a change: audited, which raises RecordChanged.
            audit.changed("disclosure.test-edit", "disclosure", d.slug, null);
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
    void anAnonymousTechnologyPageIsServedFromTheCacheUntilTheFreshnessPasses() throws Exception {
        PageCache.invalidate();
        Response first = given().cookie("portal-csrf", csrfCookie()).get(TECHNOLOGY);
        first.then().statusCode(200);
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.header("Cache-Control")).startsWith("public, max-age=");
        assertThat(first.header("Vary")).contains("Cookie").contains("Accept-Language");
        given().header("If-None-Match", first.header("ETag")).get(TECHNOLOGY).then().statusCode(304);
        long changed;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Plain JDBC: as another instance's change, unseen by this instance's Hibernate.
            s.executeUpdate("update disclosure set product = coalesce(product, '') || ' Pangolinette' where slug = '"
                    + OPEN + "'");
            changed = System.nanoTime();
        }
        assertThat(given().get(TECHNOLOGY).then().statusCode(200).extract().asString())
                .as("served from the cache, rendered before the change").doesNotContain("Pangolinette");
        while (!given().get(TECHNOLOGY).then().statusCode(200).extract().asString().contains("Pangolinette")) {
            assertThat(Duration.ofNanos(System.nanoTime() - changed)).as("the change is still not shown")
                    .isLessThan(FRESHNESS.plusSeconds(1));
            Thread.sleep(100);
        }
    }

    @Test
    @Order(8)
    void aVisitorFromACachedTechnologyPageCommentsWithTheirOwnTokenAndThePublishedCommentShowsAtOnce() {
        Response one = given().get(TECHNOLOGY);
        Response two = given().get(TECHNOLOGY);
        assertThat(two.header("ETag")).as("the second view came from the cache").isEqualTo(one.header("ETag"));
        // The cached page holds no visitor's token (the router answers it without a CSRF cookie at all): the
        // comment form page pairs a token of its own with a cookie of its own.
        assertThat(two.asString()).doesNotContain("name=\"csrf-token\"");
        String cookie = two.cookie(FormSession.COOKIE);

        // That visitor follows the page's link to the comment form, keeping cookies as a browser does (the form
        // page pairs its token with a cookie of its own), and sends the form.
        assertThat(two.asString()).contains("href=\"" + TECHNOLOGY + "/comment\"");
        Response formPage = (cookie == null ? given() : given().cookie(FormSession.COOKIE, cookie))
                .get(TECHNOLOGY + "/comment");
        formPage.then().statusCode(200);
        if (formPage.cookie(FormSession.COOKIE) != null) {
            cookie = formPage.cookie(FormSession.COOKIE);
        }
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(formPage.asString());
        assertThat(token.find()).isTrue();
        String body = "Publish the error rates of the Wombatella searches";
        Response posted = given().redirects().follow(false).cookie(FormSession.COOKIE, cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1)).formParam("body", body).formParam("website", "")
                .formParam("started", comments.startTokenFor(
                        Long.toString(Instant.now().minusSeconds(10).toEpochMilli())))
                .post(TECHNOLOGY + "/comment");
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.header("Location");
        String tracking = location.substring(location.indexOf("/comments/") + "/comments/".length(),
                location.indexOf('?'));

        assertThat(given().get(TECHNOLOGY).then().statusCode(200).extract().asString()).doesNotContain(body);
        QuarkusTransaction.requiringNew().run(() -> moderation.act(tracking, ModerationService.Action.PUBLISH, null, null));
        assertThat(given().get(TECHNOLOGY).then().statusCode(200).extract().asString())
                .as("published through the portal: shown on the next request").contains(body);
    }

    @Test
    @Order(9)
    void aTechnologyPageWithAnotherQueryIsRenderedForItsVisitorAndNotCached() {
        Response odd = given().get(TECHNOLOGY + "?utm_source=newsletter");
        odd.then().statusCode(200);
        assertThat(odd.header("ETag")).isNull();
        assertThat(odd.asString()).contains("utm_source=newsletter");
        assertThat(given().get(TECHNOLOGY).then().statusCode(200).extract().asString())
                .doesNotContain("utm_source=newsletter");
        given().get("/technologies/no-such-technology-anywhere").then().statusCode(404);
    }

    @Test
    @Order(10)
    void aStaffMemberGetsTheirOwnTechnologyPageNeverTheCachedOne() {
        String token = KeycloakTokens.accessToken("staff-washington");
        for (int i = 0; i < 2; i++) {
            Response response = given().auth().oauth2(token).get(TECHNOLOGY);
            response.then().statusCode(200);
            assertThat(response.asString()).contains("action=\"/staff/disclosures/" + OPEN + "/revise\"")
                    .contains("href=\"/staff\"");
            assertThat(String.valueOf(response.header("Cache-Control"))).doesNotContain("public");
            assertThat(response.header("ETag")).isNull();
        }
    }

    @Test
    @Order(11)
    void andTheStaffTechnologyPageIsNeverServedToAnyoneElse() {
        assertThat(given().get(TECHNOLOGY).then().statusCode(200).extract().asString())
                .doesNotContain("/revise").doesNotContain("href=\"/staff\"").doesNotContain("/logout")
                .doesNotContain("name=\"csrf-token\"");
    }

    @Test
    @Order(12)
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
    @Order(13)
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
    @Order(14)
    void buildingTheBulkArchiveLeavesCachedPagesInPlace() {
        String view = "/technologies?sort=newest&category=body_worn_cameras";
        String etag = given().get(view).then().statusCode(200).extract().header("ETag");
        long version = PageCache.VERSION.get();
        assertThat(bulk.buildNow("test")).as("the archive was built").isPresent();
        // Its thousand chunk inserts raise nothing, and its audited steps change no page.
        assertThat(PageCache.VERSION.get()).as("entries dropped while the archive was built").isEqualTo(version);
        assertThat(given().get(view).then().statusCode(200).extract().header("ETag")).isEqualTo(etag);
    }

    @Test
    @Order(15)
    void anAuditedChangeEmptiesTheCacheAndARefusedAttemptDoesNot() {
        long version = PageCache.VERSION.get();
        QuarkusTransaction.requiringNew().run(() -> audit.denied("test.denied", "disclosure", 1, null));
        assertThat(PageCache.VERSION.get()).as("a refusal changes no record").isEqualTo(version);
        QuarkusTransaction.requiringNew().run(() -> audit.changed("test.change", "disclosure", 1, null));
        // Once when raised, once when its transaction ended.
        assertThat(PageCache.VERSION.get()).isEqualTo(version + 2);
    }
}
