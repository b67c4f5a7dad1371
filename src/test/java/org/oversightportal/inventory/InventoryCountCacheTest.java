package org.oversightportal.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.SqlStatements;

/**
 * With the page cache on, an inventory view's count and the filter form's lists are kept like pages (PageCache):
 * another sort or page of the same view, rendered anew, reads only its rows; a write through the portal makes
 * the next view count again.
 */
@QuarkusTest
@TestProfile(InventoryCountCacheTest.Fresh.class)
class InventoryCountCacheTest {

    /** Long enough that the cache does not expire between two requests on a slow machine. */
    public static class Fresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.page-cache.freshness", "30s");
        }
    }

    static final String SLUG = "harbor-city-police-automated-license-plate-readers";

    @Inject
    EntityManagerFactory emf;

    @Inject
    org.oversightportal.common.AuditLog audit;

    @Test
    void anotherSortOfAViewReadsOnlyItsRows() {
        assertThat(SqlStatements.forPage(emf, "/technologies?category=video_analytics&sort=newest"))
                .isGreaterThan(1);
        // Another address (not in the page cache), the same view: no count, no filter lists.
        assertThat(SqlStatements.forPage(emf, "/technologies?category=video_analytics")).isEqualTo(1);
    }

    @Test
    void aChangeMadeThroughThePortalIsCountedOnTheNextView() {
        long before = total("/technologies?category=face_recognition");
        Category was = QuarkusTransaction.requiringNew().call(() -> {
            Disclosure d = Disclosure.findBySlug(SLUG).orElseThrow();
            Category old = d.category;
            d.category = Category.FACE_RECOGNITION;
            // As every service does with a change: audited, which raises RecordChanged.
            audit.changed("disclosure.test-edit", "disclosure", d.slug, null);
            return old;
        });
        try {
            assertThat(was).isNotEqualTo(Category.FACE_RECOGNITION);
            assertThat(total("/technologies?category=face_recognition&sort=newest")).isEqualTo(before + 1);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Disclosure.findBySlug(SLUG).orElseThrow().category = was;
                audit.changed("disclosure.test-edit", "disclosure", SLUG, null);
            });
        }
        assertThat(total("/technologies?category=face_recognition&sort=name")).isEqualTo(before);
    }

    private static long total(String path) {
        String heading = Jsoup.parse(given().get(path).then().statusCode(200).extract().asString())
                .select("#results-heading").text();
        return Long.parseLong(heading.replaceAll("[^0-9]", ""));
    }
}
