package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.NdaStatus;
import org.oversightportal.inventory.WashingtonCountyCaseAccess;
import org.oversightportal.testsupport.KeycloakTokens;

/**
 * Findings 8, 13 (the API's body limit and the compliance dashboard's cost) and 12 (staff usernames in public
 * output) of the security review (issue 21), on real parts: the page cache on (as in production), real Keycloak
 * tokens, real PostgreSQL.
 */
@QuarkusTest
@TestProfile(CacheAndLimitsReviewTest.CacheOn.class)
class CacheAndLimitsReviewTest {

    /** The page cache as production runs it (tests otherwise turn it off). */
    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.page-cache.freshness", "30s");
        }
    }

    static final String WASHINGTON = "staff-washington";
    static final String OPEN = "washington-county-sheriff-face-recognition-search-of-booking-photos";

    @Inject
    EntityManagerFactory emf;

    @Inject
    org.oversightportal.common.AuditLog audit;

    /** The language link of a page: the other language's address of this very page. */
    static String languageLink(String html) {
        Matcher link = Pattern.compile("href=\"([^\"]*lang=(?:es|en))\"").matcher(html);
        assertThat(link.find()).as("the page has a language link").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /** A write through the portal: what empties the page cache. */
    static void aWrite() {
        QuarkusTransaction.requiringNew().run(() -> {
            Disclosure d = Disclosure.findBySlug(OPEN).orElseThrow();
            d.product = d.product == null ? "Vendor product" : d.product + " ";
            // Audited as every service's change is, which raises RecordChanged.
            io.quarkus.arc.Arc.container().instance(org.oversightportal.common.AuditLog.class).get()
                    .changed("disclosure.test-edit", "disclosure", d.slug, null);
        });
    }

    @Test
    void finding8_aQueryTheCacheDoesNotKnowNeverReachesAnotherVisitorsPage() {
        for (String[] view : new String[][] { { "/technologies", "/technologies?x=y" },
                { "/technologies?sort=newest", "/technologies?utm_source=evil&sort=newest" }, { "/", "/?x=y" } }) {
            String canonical = view[0];
            String polluting = view[1];
            aWrite();
            Response first = given().get(polluting);
            first.then().statusCode(200);
            assertThat(first.asString()).as(polluting + " rendered for the cache").doesNotContain("utm_source")
                    .doesNotContain("x=y");
            for (int i = 0; i < 2; i++) {
                String page = given().get(canonical).then().statusCode(200).extract().asString();
                assertThat(page).as(canonical + " after " + polluting).doesNotContain("x=y").doesNotContain("utm_source");
                String other = canonical.contains("?") ? canonical + "&lang=es" : canonical + "?lang=es";
                assertThat(languageLink(page)).isEqualTo(other);
            }
            // The same in Spanish, and for a second visit of the odd address (answered on the router).
            aWrite();
            given().header("Accept-Language", "es").get(polluting).then().statusCode(200);
            assertThat(given().header("Accept-Language", "es").get(canonical).then().statusCode(200).extract()
                    .asString()).doesNotContain("x=y").doesNotContain("utm_source");
            assertThat(given().get(polluting).then().statusCode(200).extract().asString()).doesNotContain("x=y")
                    .doesNotContain("utm_source");
        }
    }

    /** A JSON object of the draft form whose name is {@code size} bytes long. */
    static byte[] bigDraft(int size) {
        return ("{\"name\": \"" + "a".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** A draft body well within the API's limit and the form's field limits (a draft over them is a 422). */
    static byte[] draftWithinLimits() {
        return ("{\"name\": \"Within the limits\", \"description\": \"" + "a".repeat(1000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void finding13_anApiBodyOverOneMegabyteIsAProblem413WithOrWithoutContentLength() throws Exception {
        String token = KeycloakTokens.accessToken(WASHINGTON);
        byte[] big = bigDraft(1_200_000);

        // With Content-Length: refused before the body is read, before authentication even.
        for (boolean signedIn : new boolean[] { true, false }) {
            Response refused = (signedIn ? given().auth().oauth2(token) : given()).redirects().follow(false)
                    .contentType("application/json").body(big).post("/api/v1/staff/drafts");
            assertThat(refused.statusCode()).as("signed in: " + signedIn).isEqualTo(413);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            JsonPath problem = refused.jsonPath();
            assertThat(problem.getInt("status")).isEqualTo(413);
            assertThat(problem.getString("detail")).contains("1 MB");
        }

        // Chunked (no Content-Length): read up to the limit, then refused the same way.
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + io.restassured.RestAssured.port
                + "/api/v1/staff/drafts")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(chunked.body()).contains("\"status\":413");

        // A body within the limit is taken as before, chunked or not.
        given().auth().oauth2(token).contentType("application/json").body(draftWithinLimits()).post("/api/v1/staff/drafts")
                .then().statusCode(201);
        HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + io.restassured.RestAssured.port
                + "/api/v1/staff/drafts")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(draftWithinLimits()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isEqualTo(201);
    }

    @Test
    void finding13_outsideTheApiTheFormsKeepTheirOwnLimits() {
        // A page form is not an /api body: the API's limit and its problem never apply to it.
        Response form = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("website=&body=" + "a".repeat(1_200_000)).post("/technologies/" + OPEN + "/comment");
        assertThat(String.valueOf(form.contentType())).doesNotStartWith("application/problem+json");
    }

    @Test
    void finding13_theComplianceDashboardIsServedFromTheCacheAndRefreshedAfterAWrite() {
        aWrite();
        Response first = given().get("/compliance");
        first.then().statusCode(200);
        int withheld = ndaWithheld(first.asString());
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        for (int i = 0; i < 3; i++) {
            stats.clear();
            Response again = given().get("/compliance");
            again.then().statusCode(200);
            assertThat(stats.getPrepareStatementCount()).as("computed again").isZero();
            assertThat(again.header("ETag")).isNotBlank();
            assertThat(again.asString()).isEqualTo(first.asString());
        }
        // The list behind each number is kept the same way.
        given().get("/compliance/nda-withheld").then().statusCode(200);
        stats.clear();
        given().get("/compliance/nda-withheld").then().statusCode(200);
        assertThat(stats.getPrepareStatementCount()).isZero();

        // A write shows on the next request.
        boolean nowWithheld = QuarkusTransaction.requiringNew().call(() -> {
            Disclosure d = Disclosure.findBySlug(OPEN).orElseThrow();
            d.ndaStatus = d.ndaStatus == NdaStatus.SIGNED_WITHHELD ? NdaStatus.NONE : NdaStatus.SIGNED_WITHHELD;
            // As every service does with a change: audited, which raises RecordChanged.
            audit.changed("disclosure.test-edit", "disclosure", d.slug, null);
            return d.ndaStatus == NdaStatus.SIGNED_WITHHELD;
        });
        int after = ndaWithheld(given().get("/compliance").then().statusCode(200).extract().asString());
        assertThat(after).isEqualTo(nowWithheld ? withheld + 1 : withheld - 1);

        // A signed-in viewer gets a page of their own, never stored, and never the anonymous one.
        String token = KeycloakTokens.accessToken(WASHINGTON);
        for (int i = 0; i < 2; i++) {
            Response staff = given().auth().oauth2(token).get("/compliance");
            staff.then().statusCode(200);
            assertThat(staff.asString()).contains("href=\"/staff\"");
            assertThat(staff.header("ETag")).isNull();
            assertThat(String.valueOf(staff.header("Cache-Control"))).doesNotContain("public");
        }
        assertThat(given().get("/compliance").then().statusCode(200).extract().asString())
                .doesNotContain("href=\"/staff\"").doesNotContain("/logout");
    }

    static int ndaWithheld(String html) {
        return Integer.parseInt(Jsoup.parse(html).select(".usa-card a[href=/compliance/nda-withheld]").text()
                .replace(",", "").strip());
    }

    @Test
    void finding12_publicPagesFeedsDownloadsAndTheApiNameTheStaffMemberNeverTheirUsername() {
        String token = KeycloakTokens.accessToken(WASHINGTON);
        long id = given().auth().oauth2(token).contentType("application/json")
                .body(asJson(WashingtonCountyCaseAccess.form("Display-named drone program"))).post("/api/v1/staff/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String slug = given().auth().oauth2(token).contentType("application/json")
                .post("/api/v1/staff/drafts/" + id + "/submit").then().statusCode(200).extract().jsonPath()
                .getString("slug");

        String page = given().get("/technologies/" + slug).then().statusCode(200).extract().asString();
        assertThat(page).contains("Wendy Washington").doesNotContain(WASHINGTON);
        String feed = given().get("/feeds/technologies.atom").then().statusCode(200).extract().asString();
        assertThat(feed).contains("Submitted by Wendy Washington").doesNotContain(WASHINGTON);
        String agencyFeed = given().get("/feeds/technologies.atom?agency=washington-county-sheriff").then()
                .statusCode(200).extract().asString();
        assertThat(agencyFeed).doesNotContain(WASHINGTON);
        for (String path : new String[] { "/api/v1/technologies/" + slug, "/api/v1/technologies/" + slug + "/revisions",
                "/downloads/technologies.csv", "/downloads/comment-periods.csv", "/downloads/decisions.csv",
                "/downloads/reports.csv", "/downloads/comments.csv" }) {
            assertThat(given().get(path).then().statusCode(200).extract().asString()).as(path).doesNotContain(WASHINGTON);
        }
        // A record filed before the display name was kept (the demo's) names its agency, not an account.
        String older = given().get("/technologies/" + OPEN).then().statusCode(200).extract().asString();
        assertThat(older).doesNotContain("demo-data").contains("Washington County Sheriff");
    }

    /** The web form's fields (rows named like dataSources[0].name) as the JSON object the API takes. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asJson(Map<String, String> form) {
        Map<String, Object> json = new LinkedHashMap<>();
        Pattern row = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");
        for (Map.Entry<String, String> field : form.entrySet()) {
            Matcher m = row.matcher(field.getKey());
            if (m.matches()) {
                List<Map<String, String>> rows = (List<Map<String, String>>) json.computeIfAbsent(m.group(1),
                        k -> new ArrayList<Map<String, String>>());
                int index = Integer.parseInt(m.group(2));
                while (rows.size() <= index) {
                    rows.add(new LinkedHashMap<>());
                }
                rows.get(index).put(m.group(3), field.getValue());
            } else if (field.getKey().equals("capabilities")) {
                json.put("capabilities", List.of(field.getValue().split(",")));
            } else if (!field.getKey().equals("action")) {
                json.put(field.getKey(), field.getValue());
            }
        }
        return json;
    }
}
