package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.KeycloakTokens;

/**
 * The portal as configured for production: HSTS and the other security headers on every
 * response, and cookies that are Secure, HttpOnly and SameSite.
 */
@QuarkusTest
@TestProfile(ProductionHeadersTest.Production.class)
class ProductionHeadersTest {

    /** The prod profile, with the secrets production must be given. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("PORTAL_OIDC_CLIENT_SECRET", KeycloakTokens.CLIENT_SECRET,
                    "PORTAL_SESSION_SECRET", "a-production-like-session-secret-of-48-characters",
                    "PORTAL_CSRF_SECRET", "a-production-like-csrf-secret-of-44-characters");
        }
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/technologies", "/no-such-page", "/uswds/css/uswds.min.css")) {
            given().get(path).then()
                    .header("Strict-Transport-Security", containsString("max-age="))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"),
                            containsString("script-src 'self'"), not(containsString("unsafe-inline"))));
        }
    }

    @Test
    void theSignInStateAndCsrfCookiesAreSecureHttpOnlyAndSameSite() {
        Response toSignIn = given().redirects().follow(false).get("/staff");
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        List<String> stateCookies = toSignIn.headers().getValues("Set-Cookie");
        assertThat(stateCookies).isNotEmpty().allSatisfy(c -> assertThat(c.toLowerCase())
                .contains("secure").contains("httponly").contains("samesite=lax"));

        Response form = given().auth().oauth2(KeycloakTokens.accessToken("staff-washington"))
                .get("/staff/disclosures/new");
        String csrf = form.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("portal-csrf="))
                .findFirst().orElseThrow();
        assertThat(csrf.toLowerCase()).contains("secure").contains("httponly").contains("samesite=strict");
    }
}
