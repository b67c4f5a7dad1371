package org.oversightportal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.WashingtonCountyCaseAccess;
import org.oversightportal.testsupport.KeycloakTokens;

/**
 * Filing over the API with real Keycloak tokens: a draft created, read, updated and submitted by its
 * agency's staff, with the web form's validation (every problem listed, nothing lost); 401 without a
 * token (never a redirect), 403 for another agency's draft or a non-staff account; audited.
 */
@QuarkusTest
class StaffApiTest {

    static final String WASHINGTON = "staff-washington";
    static final String ORLANDO = "staff-orlando";

    @Test
    void staffCreateUpdateAndSubmitADisclosureOverTheApi() {
        String token = KeycloakTokens.accessToken(WASHINGTON);
        long auditBefore = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count());

        // An incomplete draft is saved as sent.
        JsonPath created = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("name", "API-filed drone program", "category", "drone")).post("/api/v1/staff/drafts")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/staff/drafts/"))
                .extract().jsonPath();
        long id = created.getLong("id");
        assertThat(created.getString("form.name")).isEqualTo("API-filed drone program");

        // Submitting it lists every problem, by field, and keeps the draft.
        JsonPath refused = given().auth().oauth2(token).contentType("application/json").post("/api/v1/staff/drafts/" + id + "/submit").then()
                .statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(refused.getList("errors.field", String.class)).contains("description", "purpose");
        assertThat(refused.getList("errors.code", String.class)).allMatch(code -> code.startsWith("error_"));
        given().auth().oauth2(token).get("/api/v1/staff/drafts/" + id).then().statusCode(200)
                .body("form.name", equalTo("API-filed drone program"));

        // Completed with a PUT, it is published as revision 1 and readable by everyone.
        Map<String, Object> complete = asJson(WashingtonCountyCaseAccess.form("API-filed drone program"));
        given().auth().oauth2(token).contentType("application/json").body(complete).put("/api/v1/staff/drafts/" + id)
                .then().statusCode(200).body("form.description", equalTo(complete.get("description")));
        JsonPath published = given().auth().oauth2(token).contentType("application/json").post("/api/v1/staff/drafts/" + id + "/submit").then()
                .statusCode(200).body("revision", equalTo(1)).extract().jsonPath();
        String slug = published.getString("slug");
        assertThat(slug).isEqualTo("washington-county-sheriff-api-filed-drone-program");
        given().get("/api/v1/technologies/" + slug).then().statusCode(200).body("agency.slug",
                equalTo("washington-county-sheriff"));
        given().get("/api/v1/technologies?agency=washington-county-sheriff&limit=200").then()
                .body("items.slug", hasItem(slug));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Disclosure.count("slug", slug))).isEqualTo(1);
        // The draft is gone once published.
        given().auth().oauth2(token).get("/api/v1/staff/drafts/" + id).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count())).as("audited")
                .isGreaterThanOrEqualTo(auditBefore + 4);
    }

    /** The web form's fields (rows named like dataSources[0].name) as the JSON object the API takes. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asJson(Map<String, String> form) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");
        for (Map.Entry<String, String> field : form.entrySet()) {
            java.util.regex.Matcher m = row.matcher(field.getKey());
            if (m.matches()) {
                java.util.List<Map<String, String>> rows = (java.util.List<Map<String, String>>) json
                        .computeIfAbsent(m.group(1), k -> new java.util.ArrayList<Map<String, String>>());
                int index = Integer.parseInt(m.group(2));
                while (rows.size() <= index) {
                    rows.add(new java.util.LinkedHashMap<>());
                }
                rows.get(index).put(m.group(3), field.getValue());
            } else if (field.getKey().equals("capabilities")) {
                json.put("capabilities", java.util.List.of(field.getValue().split(",")));
            } else if (!field.getKey().equals("action")) {
                json.put(field.getKey(), field.getValue());
            }
        }
        return json;
    }

    @Test
    void anotherAgencysStaffAndOtherRolesAreRefusedAndNoTokenIs401() {
        long id = given().auth().oauth2(KeycloakTokens.accessToken(WASHINGTON)).contentType("application/json")
                .body(Map.of("name", "Not for Orlando")).post("/api/v1/staff/drafts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String orlando = KeycloakTokens.accessToken(ORLANDO);
        given().auth().oauth2(orlando).get("/api/v1/staff/drafts/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(orlando).contentType("application/json").body(Map.of("name", "Hijacked"))
                .put("/api/v1/staff/drafts/" + id).then().statusCode(403);
        given().auth().oauth2(orlando).contentType("application/json").post("/api/v1/staff/drafts/" + id + "/submit").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessToken("moderator")).contentType("application/json")
                .body(Map.of("name", "A moderator's draft")).post("/api/v1/staff/drafts").then().statusCode(403);

        given().redirects().follow(false).contentType("application/json").body(Map.of("name", "Anonymous"))
                .post("/api/v1/staff/drafts").then().statusCode(401);
        given().redirects().follow(false).auth().oauth2("not.a.token").get("/api/v1/staff/drafts/" + id).then()
                .statusCode(401);
        // Untouched by all of the above.
        given().auth().oauth2(KeycloakTokens.accessToken(WASHINGTON)).get("/api/v1/staff/drafts/" + id).then()
                .statusCode(200).body("form.name", equalTo("Not for Orlando"));
    }

    @Test
    void aBodyThatIsNotTheFormIsAProblemNotAServerError() {
        String token = KeycloakTokens.accessToken(WASHINGTON);
        given().auth().oauth2(token).contentType("application/json").body("{\"name\": ").post("/api/v1/staff/drafts")
                .then().statusCode(400);
        given().auth().oauth2(token).contentType("application/json").body("[1, 2, 3]").post("/api/v1/staff/drafts")
                .then().statusCode(400);
        given().auth().oauth2(token).contentType("application/json").body("{\"capabilities\": \"not a list\"}")
                .post("/api/v1/staff/drafts").then().statusCode(400);
    }
}
