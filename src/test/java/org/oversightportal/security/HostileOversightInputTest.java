package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.oversightportal.security.HostileInputTest.assertSafe;
import static org.oversightportal.security.HostileInputTest.brief;
import static org.oversightportal.security.HostileInputTest.textFields;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversightportal.board.ReviewForm;
import org.oversightportal.common.FormBinding;
import org.oversightportal.reports.AnnualReport;
import org.oversightportal.reports.ReportForm;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * The hostile corpus against the oversight forms: the annual report (every field and row), the board's
 * decision, the extension, and the exigent-use log. Drafts keep the payload exactly; every page that
 * shows it back is parsed and found clean; nothing answers with a server error.
 */
@QuarkusTest
@TestSecurity(user = "staff-washington", roles = { "agency-staff", "oversight-board" })
@OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
class HostileOversightInputTest {

    static final String REKOGNITION = "washington-county-sheriff-face-recognition-search-of-booking-photos";
    static List<String> payloads;

    @BeforeAll
    static void readCorpus() throws IOException {
        payloads = HostileInputTest.corpus();
    }

    @Test
    void everyFieldOfTheAnnualReportKeepsThePayloadAndShowsItEscaped() throws Exception {
        String path = "/staff/reports/" + REKOGNITION + "/2025";
        FormSession session = FormSession.open(path);
        List<Field> fields = textFields(ReportForm.class);
        for (String payload : payloads) {
            Map<String, String> form = new LinkedHashMap<>();
            for (Field f : fields) {
                form.put(f.getName(), payload);
            }
            for (String row : List.of("usageCounts[0].label", "usageCounts[0].count", "sharing[0].recipient",
                    "sharing[0].legalStandard", "effectivenessStatistics[0].label", "effectivenessStatistics[0].value")) {
                form.put(row, payload);
            }
            form.put("action", "save");
            session.post(form).post(path).then().statusCode(303);
            assertSafe(given().get(path).then().statusCode(200).extract().asString(), "report draft " + brief(payload));
            ReportForm stored = QuarkusTransaction.requiringNew().call(() -> AnnualReport.<AnnualReport>find(
                    "disclosure.slug = ?1 and reportingYear = 2025", REKOGNITION).firstResult().draftForm);
            String expected = FormBinding.normalizeNewlines(payload);
            for (Field f : fields) {
                assertThat((String) f.get(stored)).as("stored %s for %s", f.getName(), brief(payload))
                        .isEqualTo(expected);
            }
            form.put("action", "submit");
            Response submitted = session.post(form).post(path);
            assertThat(submitted.statusCode()).as("submitting %s", brief(payload)).isIn(303, 422);
            if (submitted.statusCode() == 422) {
                assertSafe(submitted.asString(), "report errors " + brief(payload));
            }
        }
    }

    @Test
    void theBoardsFormsAndTheExigentUseLogShowEveryPayloadBackEscaped() {
        CommentFixtures.Period p = CommentFixtures.closedPeriod(Identities.ORLANDO, "Hostile decision");
        String review = "/board/disclosures/" + p.slug();
        FormSession board = FormSession.open(review);
        String extension = "/board/extensions/harbor-city-police-automated-license-plate-readers/2025";
        FormSession extend = FormSession.open(extension);
        FormSession exigent = FormSession.open("/staff/exigent-uses");
        for (String payload : payloads) {
            Map<String, String> decision = new LinkedHashMap<>();
            for (Field f : textFields(ReviewForm.class)) {
                decision.put(f.getName(), payload);
            }
            decision.put("revision", payload);
            Response r = board.post(decision).post(review);
            assertThat(r.statusCode()).as("decision %s", brief(payload)).isEqualTo(422);
            assertSafe(r.asString(), "decision form " + brief(payload));

            r = extend.post(Map.of("days", payload, "reason", payload)).post(extension);
            assertThat(r.statusCode()).as("extension %s", brief(payload)).isIn(303, 422);
            if (r.statusCode() == 422) {
                assertSafe(r.asString(), "extension form " + brief(payload));
            }

            Map<String, String> use = new LinkedHashMap<>();
            for (Field f : textFields(org.oversightportal.exigent.ExigentUseService.UseForm.class)) {
                use.put(f.getName(), payload);
            }
            r = exigent.post(use).post("/staff/exigent-uses");
            assertThat(r.statusCode()).as("exigent use %s", brief(payload)).isIn(303, 422);
            assertSafe(r.statusCode() == 422 ? r.asString()
                    : given().get("/staff/exigent-uses").then().extract().asString(), "exigent use " + brief(payload));
        }
        assertSafe(given().get("/compliance/exigent-unreported").then().statusCode(200).extract().asString(),
                "exigent uses on the dashboard");
    }

    @Test
    void everyQueryAndPathParameterOfTheNewPagesResistsEveryPayload() {
        String harbor = "harbor-city-police-automated-license-plate-readers";
        for (String payload : payloads) {
            if (payload.length() > 300) {
                continue; // an address that long is refused by the HTTP layer (414)
            }
            String q = java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);
            String seg = q.replace("+", "%20");
            for (String url : List.of("/compliance?sort=" + q, "/compliance/overdue?agency=" + q,
                    "/decisions?page=" + q, "/technologies/" + harbor + "?comments=" + q + "&notice=" + q,
                    "/technologies/" + harbor + "/changes?from=" + q + "&to=" + q, "/comments?tracking=" + q,
                    "/moderation?notice=" + q, "/staff/reports/" + REKOGNITION + "/2025?notice=" + q,
                    "/technologies/" + seg + "/reports/2024", "/technologies/" + harbor + "/reports/" + seg,
                    "/board/reports/" + seg, "/board/disclosures/" + seg, "/board/extensions/" + seg + "/2025",
                    "/compliance/" + seg, "/staff/exigent-uses/" + seg, "/staff/reports/" + seg + "/2025",
                    "/staff/comments/" + seg, "/moderation/periods/" + seg, "/comments/" + seg + "/flag",
                    "/feeds/decisions.atom?agency=" + q + "&vendor=" + q, "/feeds/" + seg + ".atom",
                    "/downloads/technologies.csv?q=" + q + "&agency=" + q + "&sort=" + q,
                    "/api/v1/technologies?q=" + q + "&agency=" + q + "&cursor=" + q, "/api/v1/technologies/" + seg)) {
                Response r = given().redirects().follow(false).urlEncodingEnabled(false).get(url);
                assertThat(r.statusCode()).as("%s", url).isIn(200, 303, 400, 403, 404);
                if (r.contentType() != null && r.contentType().startsWith("text/html")) {
                    assertSafe(r.asString(), url);
                }
            }
        }
    }
}
