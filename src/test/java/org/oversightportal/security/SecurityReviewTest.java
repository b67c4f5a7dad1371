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
}
