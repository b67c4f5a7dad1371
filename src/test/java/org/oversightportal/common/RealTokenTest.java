package org.oversightportal.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.KeycloakTokens;

/**
 * Tokens issued by the real Keycloak with the demo realm: the roles and the agency the portal reads
 * from them are the ones the realm grants, and bearer tokens are accepted.
 */
@QuarkusTest
class RealTokenTest {

    @Test
    void aStaffTokenNamesTheStaffMembersAgency() {
        given().auth().oauth2(KeycloakTokens.accessToken("staff-washington", "demo1234"))
                .get("/staff").then().statusCode(200)
                .body(containsString("Disclosures of Washington County Sheriff&#39;s Office"));
        given().auth().oauth2(KeycloakTokens.accessToken("staff-orlando", "demo1234"))
                .get("/staff").then().statusCode(200)
                .body(containsString("Disclosures of Orlando Police Department"));
    }

    @Test
    void realmRolesDecideWhatEachAccountMayOpen() {
        String board = KeycloakTokens.accessToken("board", "demo1234");
        given().auth().oauth2(board).get("/staff").then().statusCode(403);
        given().auth().oauth2(board).get("/admin/agencies").then().statusCode(403);
        String admin = KeycloakTokens.accessToken("admin", "demo1234");
        given().auth().oauth2(admin).get("/admin/agencies").then().statusCode(200);
        given().auth().oauth2(admin).get("/staff").then().statusCode(403);
    }

    @Test
    void aForgedTokenIsRejected() {
        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").get("/staff").then().statusCode(401);
    }
}
