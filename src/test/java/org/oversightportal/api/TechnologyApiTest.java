package org.oversightportal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversightportal.inventory.InventoryFilter;
import org.oversightportal.inventory.InventoryQuery;

/** The read API: the inventory's filters, cursor pages that add up to the whole, ETags, problems as JSON. */
@QuarkusTest
class TechnologyApiTest {

    @Inject
    InventoryQuery inventory;

    @Test
    void cursorPagesOfAFilteredListAddUpToExactlyTheFilteredInventory() {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        long total = -1;
        do {
            JsonPath page = given().queryParam("category", "face_recognition").queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/technologies").then()
                    .statusCode(200).contentType("application/json").header("Access-Control-Allow-Origin", "*")
                    .extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            slugs.addAll(page.getList("items.slug", String.class));
            total = page.getLong("total");
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        InventoryFilter filter = InventoryFilter.parse(null, null, null, "face_recognition", null, null, null, null,
                null, null, null);
        List<String> expected = QuarkusTransaction.requiringNew()
                .call(() -> inventory.page(filter, 1000).rows().stream().map(r -> r.slug()).toList());
        assertThat(slugs).containsExactlyElementsOf(expected).hasSize((int) total).hasSizeGreaterThan(2);
    }

    @Test
    void aReadCarriesAnETagAndAnUnchangedOneIsNotSentAgain() {
        String path = "/api/v1/technologies/harbor-city-police-automated-license-plate-readers";
        Response first = given().get(path);
        first.then().statusCode(200).body("agency.slug", equalTo("harbor-city-police"))
                .body("approvalStatus", equalTo("approved_with_conditions")).body("retentionDays", equalTo(365)).body("revision", equalTo(2));
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("max-age");
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
    }

    @Test
    void mistakesAreProblemDetails() {
        given().queryParam("limit", 500).get("/api/v1/technologies").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/technologies").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("application/json").get("/api/v1/technologies/no-such-technology").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
