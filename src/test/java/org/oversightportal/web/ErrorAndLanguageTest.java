package org.oversightportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorAndLanguageTest {

    static Matcher<String> noInternals() {
        return allOf(not(containsString("Exception")), not(containsString("at org.")), not(containsString("java.lang")),
                not(containsString("SELECT ")), not(containsString("SQLState")), not(containsString("org.hibernate")));
    }

    @Test
    void aMissingPageIsA404InTheSiteLayout() {
        given().get("/no/such/page").then().statusCode(404)
                .body(containsString("Page not found"), containsString("usa-header"), noInternals());
    }

    @Test
    void anonymousVisitorsAreSentToSignInForAdminPages() {
        given().redirects().follow(false).get("/admin/agencies").then().statusCode(302)
                .header("Location", containsString("/realms/oversight/protocol/openid-connect/auth"));
    }

    @Test
    @TestSecurity(user = "staff-x", roles = "agency-staff")
    void staffOpeningAnAdminPageGetAReadable403() {
        given().get("/admin/agencies").then().statusCode(403)
                .body(containsString("Not allowed"), containsString("usa-header"), noInternals());
    }

    @Test
    void badParametersNeverProduceAServerError() {
        given().get("/technologies?after=%00%ff&q=" + "x".repeat(1000)).then().statusCode(200).body(noInternals());
        given().get("/staff/drafts/not-a-number").then().statusCode(org.hamcrest.Matchers.lessThan(500));
        given().get("/technologies/%2e%2e%2fetc%2fpasswd").then().statusCode(404).body(noInternals());
    }

    @Test
    void aServerErrorShowsAReferenceAndNothingOfTheFailure() {
        given().get("/test-only/fail").then().statusCode(500)
                .body(containsString("Something went wrong"), containsString("quote reference"),
                        containsString("usa-header"), noInternals(), not(containsString("secret_table")),
                        not(containsString("IllegalStateException")));
        given().accept("application/json").get("/test-only/fail").then().statusCode(500)
                .contentType("application/problem+json").body(not(containsString("secret_table")));
    }

    @Test
    void spanishPagesFormatDatesAndNumbersTheSpanishWay() {
        given().cookie("portal_lang", "es").get("/technologies/harbor-city-police-automated-license-plate-readers")
                .then().statusCode(200)
                .body(containsString("11 de junio de 2024"))
                .body(containsString("60.000"));
        given().get("/technologies/harbor-city-police-automated-license-plate-readers").then().statusCode(200)
                .body(containsString("June 11, 2024")).body(containsString("$60,000"));
    }

    @Test
    void jsonClientsGetAProblemDocument() {
        given().accept("application/json").get("/no/such/thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void spanishIsChosenByParameterAndRememberedInACookie() {
        Response r = given().get("/technologies?lang=es");
        r.then().statusCode(200).body(containsString("lang=\"es\""), containsString("Inventario"));
        String cookie = r.cookie("portal_lang");
        org.hamcrest.MatcherAssert.assertThat(cookie, equalTo("es"));
        given().cookie("portal_lang", "es").get("/").then().statusCode(200).body(containsString("lang=\"es\""));
    }

    @Test
    void acceptLanguageIsHonouredWithoutACookie() {
        given().header("Accept-Language", "es-MX,es;q=0.9").get("/").then().statusCode(200)
                .body(containsString("lang=\"es\""), containsString("English"));
        given().header("Accept-Language", "fr-FR").get("/").then().statusCode(200)
                .body(containsString("lang=\"en\""));
    }

    @Test
    void securityHeadersAreSetOnPages() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"),
                        not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", notNullValue());
    }
}
