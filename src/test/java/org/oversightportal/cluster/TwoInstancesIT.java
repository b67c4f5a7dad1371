package org.oversightportal.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.microsoft.playwright.Page;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversightportal.inventory.WashingtonCountyCaseAccess;
import org.oversightportal.testsupport.Browser;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Journey;
import org.oversightportal.testsupport.KeycloakTestResource;
import org.oversightportal.testsupport.KeycloakTokens;
import org.oversightportal.testsupport.PortalProcess;

/**
 * Two portal instances, as a load balancer would see them: the packaged application started twice, on
 * ports 8091 and 8092, against one PostgreSQL and one Keycloak, with the same secrets. Whatever one
 * instance accepts, the other must know: submissions, rate-limit counts, sign-in sessions; and a
 * scheduled job that both run must still act once.
 */
class TwoInstancesIT {

    static EmbeddedPostgres database;
    static PortalProcess first;
    static PortalProcess second;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        database = EmbeddedPostgres.builder().start();
        KeycloakTestResource.ensureRunning();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"));
        settings.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        settings.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        settings.put("QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakTestResource.REALM_URL);
        // Requests come through a "load balancer" on 127.0.0.1 that names the resident's address.
        settings.put("PORTAL_TRUSTED_PROXIES", "127.0.0.1");
        settings.put("PORTAL_RATE_LIMIT_SUBMISSIONS", "4");
        settings.put("PORTAL_COMMENTS_MIN_FILL_SECONDS", "0");
        // Both instances run the reminder job every second.
        settings.put("PORTAL_REPORTS_REMIND_CRON", "* * * * * ?");

        // The first instance migrates the schema and loads the demo data; the second starts on top of it.
        Map<String, String> withDemo = new LinkedHashMap<>(settings);
        withDemo.put("PORTAL_DEMO_DATA", "true");
        first = PortalProcess.start("instance-8091", 8091, withDemo).awaitReady(Duration.ofSeconds(180));
        second = PortalProcess.start("instance-8092", 8092, settings).awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopAll() throws IOException {
        RestAssured.reset();
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, database}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // keep stopping the others
                }
            }
        }
    }

    /** Submits a complete disclosure for the Washington County Sheriff through one instance. */
    static String submitThrough(PortalProcess instance, String name) {
        RestAssured.port = instance.port;
        String token = KeycloakTokens.accessToken("staff-washington");
        Map<String, String> form = WashingtonCountyCaseAccess.form(name);
        form.put("action", "submit");
        String location = FormSession.open("/staff/disclosures/new", token).post(form).post("/staff/disclosures/new")
                .then().statusCode(303).extract().header("Location");
        return location.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
    }

    @Test
    void aDisclosureSubmittedOnOneInstanceIsServedAtOnceByTheOther() {
        String path = submitThrough(first, "Cluster check: gunshot detection");
        assertThat(path).startsWith("/technologies/washington-county-sheriff-cluster-check-gunshot-detection");

        RestAssured.port = second.port;
        given().get(path).then().statusCode(200).body(containsString("Cluster check: gunshot detection"));
        given().get("/technologies?q=gunshot").then().statusCode(200)
                .body(containsString("Cluster check: gunshot detection"));
        given().get("/api/v1/technologies/washington-county-sheriff-cluster-check-gunshot-detection")
                .then().statusCode(200).body("name", org.hamcrest.Matchers.equalTo("Cluster check: gunshot detection"));
    }

    @Test
    void theRateLimitCountsCommentsSentToEitherInstance() {
        String path = submitThrough(second, "Cluster check: comment limits");
        String address = "198.51.100.77";
        // Four comments allowed per address: two through each instance, each form loaded on the other one.
        for (int i = 1; i <= 4; i++) {
            PortalProcess loadedOn = i % 2 == 0 ? first : second;
            PortalProcess sentTo = i % 2 == 0 ? second : first;
            comment(loadedOn, sentTo, path, "Comment " + i + " through the load balancer", address)
                    .then().statusCode(303);
        }
        comment(first, first, path, "The fifth comment from the same address", address)
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        comment(second, second, path, "The fifth comment, tried on the other instance", address)
                .then().statusCode(429);
        comment(second, second, path, "A neighbour is not limited", "198.51.100.78").then().statusCode(303);
    }

    static Response comment(PortalProcess loadedOn, PortalProcess sentTo, String technologyPath, String body,
            String address) {
        RestAssured.port = loadedOn.port;
        FormSession session = FormSession.open(technologyPath + "/comment");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", body);
        fields.put("started", session.hidden("started"));
        fields.put("website", "");
        RestAssured.port = sentTo.port;
        return session.post(fields).header("X-Forwarded-For", address).post(technologyPath + "/comment");
    }

    @Test
    void theReminderJobRunByBothInstancesSendsEachReminderOnce() throws Exception {
        // The demo's 2025 report on Harbor City's plate readers is overdue: the job reminds its contact.
        Instant deadline = Instant.now().plusSeconds(60);
        long reminders = 0;
        while (Instant.now().isBefore(deadline)) {
            reminders = count("select count(*) from report_reminder");
            if (reminders > 0) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(reminders).as("reminders written by the job").isPositive();
        // Both instances keep firing every second; wait a few more runs of each.
        Thread.sleep(4_000);
        assertThat(count("select count(*) from report_reminder")).isEqualTo(reminders);
        assertThat(count("select count(*) from email_outbox where kind like 'report-%'"))
                .as("one email per reminder, not one per instance").isEqualTo(reminders);
        assertThat(count("""
                select count(*) from (select recipient, subject from email_outbox where kind like 'report-%'
                group by recipient, subject having count(*) > 1) twice"""))
                .as("no email queued twice").isZero();
        assertThat(first.isAlive() && second.isAlive()).isTrue();
    }

    @Test
    void aStaffMemberSignedInOnOneInstanceIsSignedInOnTheOther() {
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            Journey.signIn(page, first.url, "staff-washington");
            page.navigate(first.url + "staff");
            assertThat(page.url()).startsWith(first.url + "staff");
            assertThat(page.content()).contains("Washington County Sheriff");

            // The same browser (the load balancer sends it elsewhere): no new sign-in, the same workspace.
            page.navigate(second.url + "staff");
            assertThat(page.url()).as("not sent to Keycloak again").startsWith(second.url + "staff");
            assertThat(page.content()).contains("Washington County Sheriff").doesNotContain("kc-login");
        }
    }

    static long count(String sql) throws SQLException {
        try (Connection c = database.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
