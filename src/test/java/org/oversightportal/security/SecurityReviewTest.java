package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import org.oversightportal.testsupport.Identities;

/** Findings of the security review (issue 21) that are pinned outside a feature's own tests. */
@QuarkusTest
class SecurityReviewTest {

    /** {@code name\n1\n\0}: a cursor of the name order whose key ends in a NUL byte. */
    static final String NUL_CURSOR = "bmFtZQoxCgA";

    @Test
    void finding5_aForgedCursorWithAControlCharacterIsRefusedNotAServerError() {
        given().queryParam("after", NUL_CURSOR).get("/technologies").then().statusCode(200)
                .body(not(containsString("Internal Server Error")));
        given().queryParam("cursor", NUL_CURSOR).get("/api/v1/technologies").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("cursor"));
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void finding9_whatASignedInPersonSeesIsNeverStoredByACache() {
        given().get("/staff").then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        given().get("/technologies").then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void finding9_anonymousPagesKeepTheirOwnCaching() {
        given().get("/technologies").then().statusCode(200)
                .header("Cache-Control", anyOf(nullValue(), not(containsString("no-store"))));
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void finding5_controlCharactersInFormListValuesAreDroppedNotAServerError() {
        // A web form's list value: capabilities=%00 was stored in the draft's jsonb and gave a 500.
        java.util.Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("name", "Control characters test");
        form.put("capabilities", java.util.List.of("face_recognition", "\u0000"));
        form.put("action", "save");
        String location = org.oversightportal.testsupport.FormSession.open("/staff/disclosures/new").post(form)
                .post("/staff/disclosures/new").then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/staff/drafts/");
    }

    @Test
    void finding5_controlCharactersInTheApisJsonAreDroppedNotAServerError() {
        // NUL and other C0 controls in any text field of a draft (NUL was a 500: PostgreSQL refuses it in jsonb).
        given().auth().oauth2(org.oversightportal.testsupport.KeycloakTokens.accessToken("staff-washington"))
                .contentType("application/json").body(java.util.Map.of("name", "API \u0000name\u0001 with controls",
                "dataTypes", "Plates\u0000", "capabilities", java.util.List.of("real_time\u0000")))
                .post("/api/v1/staff/drafts").then().statusCode(201)
                .body("form.name", equalTo("API name with controls")).body("form.dataTypes", equalTo("Plates"));
    }

    @Test
    void finding5_aStoredControlCharacterDoesNotBreakTheAtomFeed() throws Exception {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> org.oversightportal.inventory.Disclosure
                .update("name = concat(name, '\u0001') where slug = ?1",
                        "harbor-city-police-automated-license-plate-readers"));
        try {
            String atom = given().get("/feeds/technologies.atom").then().statusCode(200).extract().asString();
            var feed = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(atom));
            assertThat(feed.getEntries()).isNotEmpty();
            assertThat(atom).doesNotContain("\u0001");
        } finally {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> org.oversightportal.inventory.Disclosure
                    .update("name = replace(name, '\u0001', '') where slug = ?1",
                            "harbor-city-police-automated-license-plate-readers"));
        }
    }

    @Test
    void finding13_aDraftOverTheFormsLimitsIsNotSavedThroughTheApi() {
        String token = org.oversightportal.testsupport.KeycloakTokens.accessToken("staff-washington");
        given().auth().oauth2(token).contentType("application/json")
                .body(java.util.Map.of("name", "x".repeat(301))).post("/api/v1/staff/drafts").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("name")).body("errors[0].code", equalTo("error_too_long"));
        java.util.List<java.util.Map<String, String>> links = java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> java.util.Map.of("title", "Link " + i, "url", "https://example.org/" + i)).toList();
        given().auth().oauth2(token).contentType("application/json")
                .body(java.util.Map.of("name", "Many links", "sourceLinks", links)).post("/api/v1/staff/drafts").then()
                .statusCode(422).body("errors[0].field", equalTo("sourceLinks[100].title"))
                .body("errors[0].code", equalTo("error_too_many_rows"));
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void finding13_aDraftOverTheFormsLimitsIsNotSavedFromTheFormAndWhatWasTypedComesBack() {
        java.util.Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("name", "Over the limit");
        form.put("description", "d".repeat(20_001));
        form.put("action", "save");
        String page = org.oversightportal.testsupport.FormSession.open("/staff/disclosures/new").post(form)
                .post("/staff/disclosures/new").then().statusCode(422).extract().asString();
        assertThat(page).contains("Over the limit").contains("d".repeat(20_001)).contains("error-summary");
    }
}
