package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.KeycloakTestResource;
import org.oversightportal.testsupport.KeycloakTokens;

/**
 * Security review finding 6, against the real Keycloak: a token the realm issued to another client is refused,
 * even for a real staff account, and even when it names the portal in its audience. Before the fix the portal
 * checked neither audience nor azp, so any client of the realm (admin-cli's password grant included) worked.
 */
@QuarkusTest
class TokenAudienceTest {

    static final String KEYCLOAK = KeycloakTestResource.REALM_URL.replace("/realms/oversight", "");

    @Test
    void finding6_aTokenOfAnotherClientOfTheRealmIsRefused() {
        String admin = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin")).post(KEYCLOAK + "/realms/master/protocol/openid-connect/token").then()
                .statusCode(200).extract().path("access_token");
        // Another application of the same realm, allowed the password grant.
        client(admin, Map.of("clientId", "finding6-other-app", "publicClient", true, "directAccessGrantsEnabled", true));
        // And one that even adds the portal to its tokens' audience: its azp still names it.
        client(admin, Map.of("clientId", "finding6-audience-app", "publicClient", true, "directAccessGrantsEnabled", true,
                "protocolMappers", List.of(Map.of("name", "portal audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                "included.client.audience", "oversight-portal", "access.token.claim", "true")))));

        String portals = KeycloakTokens.accessToken("staff-washington");
        given().auth().oauth2(portals).get("/staff").then().statusCode(200);
        for (String other : List.of("finding6-other-app", "finding6-audience-app")) {
            String token = given().formParams(Map.of("grant_type", "password", "client_id", other,
                    "username", "staff-washington", "password", KeycloakTokens.DEMO_PASSWORD))
                    .post(KeycloakTestResource.REALM_URL + "/protocol/openid-connect/token").then().statusCode(200)
                    .extract().path("access_token");
            given().auth().oauth2(token).redirects().follow(false).get("/staff").then().statusCode(401);
            given().auth().oauth2(token).get("/api/v1/staff/drafts/1").then().statusCode(401);
        }
    }

    @Test
    void finding6_theRealmsAdminCliHasNoPasswordGrant() {
        Response grant = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "staff-washington", "password", KeycloakTokens.DEMO_PASSWORD))
                .post(KeycloakTestResource.REALM_URL + "/protocol/openid-connect/token");
        assertThat(grant.statusCode()).isIn(400, 401);
        assertThat(grant.asString()).contains("unauthorized_client");
    }

    private static void client(String admin, Map<String, Object> representation) {
        int status = given().auth().oauth2(admin).contentType(ContentType.JSON).body(representation)
                .post(KEYCLOAK + "/admin/realms/oversight/clients").statusCode();
        assertThat(status).as("created, or there from an earlier run").isIn(201, 409);
    }
}
