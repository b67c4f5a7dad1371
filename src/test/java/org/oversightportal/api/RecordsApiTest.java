package org.oversightportal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.oversightportal.agencies.Agency;
import org.oversightportal.board.BoardReview;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.Identities;
import org.oversightportal.vendors.Vendor;

/**
 * The rest of the read API: agencies, vendors, revisions, reports, decisions, comment periods and
 * comments. Every list read page by page returns every row exactly once; what is not public (pending or
 * rejected comments, email addresses, removed text) never appears.
 */
@QuarkusTest
class RecordsApiTest {

    /** Reads a list to its end with the given page size; every item's key, in order. */
    static List<String> readAll(String path, int limit, String key) {
        List<String> keys = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonPath page = given().queryParam("limit", limit).queryParam("cursor", cursor).get(path).then()
                    .statusCode(200).contentType("application/json").header("Access-Control-Allow-Origin", "*")
                    .header("ETag", not(nullValue())).extract().jsonPath();
            List<String> items = page.<Object>getList("items." + key).stream().map(String::valueOf).toList();
            assertThat(items).hasSizeLessThanOrEqualTo(limit);
            keys.addAll(items);
            cursor = page.getString("nextCursor");
            assertThat(++pages).as("pages of " + path).isLessThan(10_000);
        } while (cursor != null);
        return keys;
    }

    static <T> List<String> all(String hql, Function<Object, String> key) {
        return QuarkusTransaction.requiringNew().call(() -> Agency.getEntityManager().createQuery(hql, Object.class)
                .getResultList().stream().map(key).toList());
    }

    @Test
    void agencyAndVendorPagesAddUpToEveryAgencyAndVendorExactlyOnce() {
        List<String> agencies = readAll("/api/v1/agencies", 7, "slug");
        assertThat(agencies).doesNotHaveDuplicates()
                .containsExactlyElementsOf(all("select a.slug from Agency a order by a.slug", String::valueOf));
        List<String> vendors = readAll("/api/v1/vendors", 3, "slug");
        assertThat(vendors).doesNotHaveDuplicates()
                .containsExactlyElementsOf(all("select v.slug from Vendor v order by v.slug", String::valueOf));

        List<String> sheriffs = readAll("/api/v1/agencies?kind=sheriff", 2, "slug");
        assertThat(sheriffs).contains("washington-county-sheriff").doesNotContain("orlando-police")
                .hasSize(QuarkusTransaction.requiringNew().call(() -> (int) Agency.count("kind",
                        org.oversightportal.agencies.AgencyKind.SHERIFF)));
    }

    @Test
    void oneAgencyAndOneVendorWithWhatTheyDiscloseAndOwn() {
        given().get("/api/v1/agencies/washington-county-sheriff").then().statusCode(200)
                .body("agency.kind", equalTo("sheriff"))
                .body("technologies.slug", hasItem("washington-county-sheriff-face-recognition-search-of-booking-photos"))
                .body("agency", not(org.hamcrest.Matchers.hasKey("contactEmail")));
        given().get("/api/v1/vendors/flock-safety").then().statusCode(200)
                .body("subsidiaries.slug", hasItem("lucidus-tech"))
                .body("technologies.slug", hasItem("harbor-city-police-automated-license-plate-readers"));
        given().get("/api/v1/vendors/lucidus-tech").then().statusCode(200).body("vendor.parent.slug", equalTo("flock-safety"));
        given().get("/api/v1/agencies/no-such-agency").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void revisionsAreListedAndEachReadsAsItWasSubmitted() {
        String base = "/api/v1/technologies/harbor-city-police-automated-license-plate-readers";
        JsonPath revisions = given().get(base + "/revisions").then().statusCode(200).extract().jsonPath();
        assertThat(revisions.getList("revision", Integer.class)).containsExactly(2, 1);
        assertThat(revisions.getString("[0].changesUrl")).endsWith("/technologies/"
                + "harbor-city-police-automated-license-plate-readers/changes?from=1&to=2");
        JsonPath first = given().get(base + "/revisions/1").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().get(base + "/revisions/2").then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("revision")).isEqualTo(1);
        assertThat(second.getInt("revision")).isEqualTo(2);
        assertThat(first.getMap("")).isNotEqualTo(second.getMap(""));
        assertThat(second.getMap("")).isEqualTo(given().get(base).then().extract().jsonPath().getMap(""));
        given().get(base + "/revisions/9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void reportsAndDecisionsAreTheOnesOnRecord() {
        given().get("/api/v1/technologies/harbor-city-police-automated-license-plate-readers/reports").then()
                .statusCode(200).body("reportingYear", hasItem(2024))
                .body("find { it.reportingYear == 2024 }.usageCounts.label", hasItem("Plates read"))
                .body("find { it.reportingYear == 2024 }.sharing[0].recipient", equalTo("County Sheriff's Office"));

        List<String> decisions = readAll("/api/v1/decisions", 1, "id");
        assertThat(decisions).doesNotHaveDuplicates().containsExactlyElementsOf(
                all("select r.id from BoardReview r where r.decision is not null order by r.id desc", String::valueOf));
        JsonPath page = given().get("/api/v1/decisions").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.decision", String.class)).contains("approve_with_conditions", "continue");
        assertThat(QuarkusTransaction.requiringNew().call(() -> BoardReview.count())).isPositive();
    }

    @Test
    void aPeriodsCommentsArePublishedOnesAndPlaceholdersNeverPendingTextOrEmail() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "API thread");
        String published = CommentFixtures.comment(p.id(), "Published through the API", CommentStatus.PUBLISHED);
        CommentFixtures.comment(p.id(), "Still pending, never public", CommentStatus.PENDING);
        CommentFixtures.comment(p.id(), "Rejected, never public", CommentStatus.REJECTED);
        String hidden = CommentFixtures.comment(p.id(), "Removed text must not leak", CommentStatus.HIDDEN);
        for (int i = 0; i < 5; i++) {
            CommentFixtures.comment(p.id(), "Published number " + i, CommentStatus.PUBLISHED);
        }

        String path = "/api/v1/comment-periods/" + p.id() + "/comments";
        List<String> tracking = readAll(path, 2, "trackingNumber");
        assertThat(tracking).hasSize(7).contains(published).doesNotContain(hidden)
                .as("finding 1: a removed comment keeps its place but not its tracking number").contains("null");
        String all = given().queryParam("limit", 200).get(path).then().statusCode(200).extract().asString();
        assertThat(all).doesNotContain("Still pending").doesNotContain("Rejected, never").doesNotContain("Removed text")
                .doesNotContain("@");
        assertThat(all).doesNotContain(hidden);
        given().queryParam("limit", 200).get(path).then()
                .body("items.find { it.status == 'removed' }.trackingNumber", nullValue())
                .body("items.find { it.status == 'removed' }.body", nullValue());

        given().queryParam("open", true).queryParam("limit", 200).get("/api/v1/comment-periods").then().statusCode(200)
                .body("items.id", hasItem((int) p.id())).body("items.find { it.id == " + p.id() + " }.open", equalTo(true));
        given().get("/api/v1/comment-periods/999999999/comments").then().statusCode(404);
    }

    @Test
    void badPagesAndCursorsAreProblemDetails() {
        for (String path : List.of("/api/v1/agencies", "/api/v1/vendors", "/api/v1/decisions", "/api/v1/comment-periods")) {
            given().queryParam("limit", 0).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", equalTo("limit must be between 1 and 200"));
            given().queryParam("cursor", "%%%not-ours").get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("title", equalTo("Bad Request"));
        }
        given().queryParam("kind", "spaceship").get("/api/v1/agencies").then().statusCode(400)
                .body("detail", equalTo("kind is not a kind of agency"));
        given().get("/api/v1/decisions?cursor=" + ApiSupport.cursor("not-a-number")).then().statusCode(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndSwaggerUiIsServed() {
        JsonPath doc = given().accept("application/json").get("/api/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getString("openapi")).startsWith("3.");
        assertThat(doc.getMap("paths")).containsKeys("/api/v1/technologies", "/api/v1/agencies", "/api/v1/vendors",
                "/api/v1/decisions", "/api/v1/comment-periods", "/api/v1/comment-periods/{id}/comments",
                "/api/v1/technologies/{slug}/revisions", "/api/v1/technologies/{slug}/reports");
        assertThat(doc.getMap("paths").keySet()).allMatch(path -> path.toString().startsWith("/api/v1/"));
        // Swagger UI starts with an inline script: its pages, and only they, allow one.
        assertThat(given().get("/api/docs/").then().statusCode(200).extract().header("Content-Security-Policy"))
                .contains("script-src 'self' 'unsafe-inline'");
        assertThat(given().get("/technologies").then().statusCode(200).extract().header("Content-Security-Policy"))
                .contains("script-src 'self';").doesNotContain("unsafe-inline");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Vendor.count())).isPositive();
    }
}
