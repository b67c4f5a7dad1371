package org.oversightportal.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oversightportal.testsupport.Browser;
import org.oversightportal.testsupport.Databases;
import org.oversightportal.testsupport.HtmlChecker;
import org.oversightportal.testsupport.Journey;
import org.oversightportal.testsupport.PortalProcess;

/**
 * What residents and staff see when a dependency is down (docs/operations.md, "When something is down"):
 * without Keycloak the public side works and signing in is answered with a clear 503; without PostgreSQL
 * pages say the portal is temporarily unavailable, readiness fails so a load balancer stops sending
 * traffic, and the process stays alive to recover.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DependenciesDownIT {

    static Databases databases;
    static PortalProcess portal;

    @BeforeAll
    static void startWithoutKeycloak() throws Exception {
        databases = Databases.start();
        databases.create("portal");
        Map<String, String> settings = new LinkedHashMap<>(databases.portalSettings("portal"));
        settings.put("PORTAL_DEMO_DATA", "true");
        // Nothing listens on port 9: the identity provider is down from the start.
        settings.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:9/realms/oversight");
        settings.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "3s");
        portal = PortalProcess.start("dependencies-down", 8096, settings).awaitReady(Duration.ofSeconds(180));
        RestAssured.port = portal.port;
    }

    @AfterAll
    static void stop() throws Exception {
        RestAssured.reset();
        if (portal != null) {
            portal.close();
        }
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    @Order(1)
    void withoutKeycloakThePublicSideServesAndSigningInIsAClear503() {
        given().get("/").then().statusCode(200);
        given().get("/technologies").then().statusCode(200);
        given().get("/technologies/harbor-city-police-automated-license-plate-readers").then().statusCode(200);
        given().get("/api/v1/technologies").then().statusCode(200);

        Response staff = given().redirects().follow(false).get("/staff");
        staff.then().statusCode(503).header("Retry-After", "60")
                .body(containsString("Sign-in is unavailable right now"))
                .body(containsString("Public pages (the inventory, every technology, comments and downloads) still work"));
        assertThat(HtmlChecker.errors(staff.asString())).as("Nu HTML checker").isEmpty();
        assertThat(staff.asString()).doesNotContain("Exception").doesNotContain("Stack");

        given().header("Accept-Language", "es").redirects().follow(false).get("/staff").then().statusCode(503)
                .body(containsString("El inicio de sesión no está disponible en este momento"))
                .body(containsString("lang=\"es\""));

        // Operators still see everything: metrics on the management port.
        given().port(portal.port + 1000).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_"))
                .body(containsString("portal_email_outbox_pending"));

        given().auth().oauth2("any.token.here").accept("application/json").get("/api/v1/technologies").then()
                .statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
    }

    @Test
    @Order(2)
    void theSignInUnavailablePageIsAccessible() {
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            com.microsoft.playwright.Response response = page.navigate(portal.url + "login");
            assertThat(response.status()).isEqualTo(503);
            Journey.audit(page, "sign-in unavailable", page.content());
        }
    }

    @Test
    @Order(3)
    void withoutPostgresPagesSayUnavailableAndReadinessFails() throws Exception {
        databases.close();
        databases = null;

        // The first request may meet a pooled connection the server closed; every one after, none at all.
        given().get("/technologies").then().statusCode(503);
        Response page = given().get("/technologies");
        page.then().statusCode(503).header("Retry-After", "30")
                .body(containsString("The portal is temporarily unavailable"));
        assertThat(HtmlChecker.errors(page.asString())).as("Nu HTML checker").isEmpty();
        assertThat(portal.managementStatus("/q/health/ready")).as("readiness").isEqualTo(503);
        assertThat(portal.managementStatus("/q/health/live")).as("liveness: restarting would not help")
                .isEqualTo(200);
        assertThat(portal.status("/q/health/ready")).as("health is not on the public port").isEqualTo(404);
        assertThat(portal.isAlive()).isTrue();
    }
}
