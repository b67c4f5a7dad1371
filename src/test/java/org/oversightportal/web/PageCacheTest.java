package org.oversightportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
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
import org.oversightportal.testsupport.Identities;

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
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void aStaffMemberGetsTheirOwnPageNeverTheCachedOne() {
        for (int i = 0; i < 2; i++) {
            Response response = given().get(VIEW);
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
}
