package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.inventory.ApprovalStatus;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.WashingtonCountyCase;
import org.oversightportal.reports.AnnualReport;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.KeycloakTokens;

/**
 * Security review finding 2: approval belongs to the board. Real accounts (Keycloak), real PostgreSQL, the web
 * forms and the API as staff and board use them. Before the fix, a revision kept "approved with conditions"
 * whatever it changed, never re-entered the queue, and the form's approval fields overwrote the board's record.
 */
@QuarkusTest
class BoardOwnershipTest {

    static final String STAFF = "staff-washington";

    @Test
    void finding2_aMaterialRevisionOfADecidedDisclosureGoesBackToTheBoardAndThePageSaysSo() {
        String staff = KeycloakTokens.accessToken(STAFF);
        String board = KeycloakTokens.accessToken("board");
        String slug = submitAndCloseComments(staff, "Board ownership material technology");
        approveWithConditions(board, slug, 1);

        // A typo corrected in the data types is an update: still approved, not in the queue.
        Map<String, String> typo = form("Board ownership material technology");
        typo.put("dataTypes", "Face images; booking photo (mugshots).");
        submitRevision(staff, slug, typo);
        Disclosure updated = load(slug);
        assertThat(updated.revision).isEqualTo(2);
        assertThat(updated.approvalStatus).isEqualTo(ApprovalStatus.APPROVED_WITH_CONDITIONS);
        given().auth().oauth2(board).get("/board").then().body(not(containsString("/board/disclosures/" + slug + "\"")));

        // Real-time use added, a new sharing partner, and the conditions cleared in the form: back before the board.
        Map<String, Object> wider = new LinkedHashMap<>(form("Board ownership material technology"));
        wider.put("capabilities", java.util.List.of("face_recognition", "real_time"));
        wider.put("sharingPartners[0].name", "Federal task force");
        wider.put("sharingPartners[0].level", "federal");
        wider.put("approvalConditions", "");
        wider.put("approvalBody", "The sheriff himself");
        wider.put("action", "submit");
        long draft = openRevision(staff, slug);
        FormSession.open("/staff/drafts/" + draft, staff).post(wider).post("/staff/drafts/" + draft).then()
                .statusCode(303);

        Disclosure pending = load(slug);
        assertThat(pending.revision).isEqualTo(3);
        assertThat(pending.approvalStatus).isEqualTo(ApprovalStatus.PENDING_REVIEW);
        assertThat(pending.materialChanges).contains("capabilities").contains("sharing");
        assertThat(pending.approvalConditions).as("the board's conditions stay on the record")
                .contains("No real-time searches.");
        assertThat(pending.approvalBody).as("the form cannot write the board's approval").isNotEqualTo("The sheriff himself");
        given().auth().oauth2(board).get("/board").then().statusCode(200)
                .body(containsString("/board/disclosures/" + slug)).body(containsString("changed since the decision"));
        given().get("/technologies/" + slug).then().statusCode(200)
                .body(containsString("Back before the oversight body"))
                .body(containsString("Changed since the decision: awaiting review"))
                .body(containsString("<li>capabilities</li>")).body(containsString("<li>sharing</li>"))
                .body(containsString("without approval"));
        given().get("/compliance").then().statusCode(200);

        // The board decides on revision 3: approved again, the notice is gone.
        approveWithConditions(board, slug, 3);
        Disclosure decided = load(slug);
        assertThat(decided.approvalStatus).isEqualTo(ApprovalStatus.APPROVED_WITH_CONDITIONS);
        assertThat(decided.materialChanges).isNull();
        given().get("/technologies/" + slug).then().body(not(containsString("Back before the oversight body")));
    }

    @Test
    void finding2_theApiCannotWriteTheBoardsApprovalAndARevivedRetiredTechnologyIsReviewedAgain() {
        String staff = KeycloakTokens.accessToken(STAFF);
        String board = KeycloakTokens.accessToken("board");
        String slug = submitAndCloseComments(staff, "Board ownership api technology");
        approveWithConditions(board, slug, 1);
        // The board's "cease" on an annual report retires it.
        QuarkusTransaction.requiringNew().run(() -> {
            Disclosure d = Disclosure.findBySlug(slug).orElseThrow();
            d.lifecycleStatus = org.oversightportal.inventory.LifecycleStatus.RETIRED;
            d.retiredReason = "Use ceased by decision of the board.";
        });

        long draft = openRevision(staff, slug);
        Map<String, Object> json = new LinkedHashMap<>(given().auth().oauth2(staff).get("/api/v1/staff/drafts/" + draft)
                .then().statusCode(200).extract().jsonPath().getMap("form"));
        json.put("lifecycleStatus", "in_use");
        json.put("retiredReason", null);
        json.put("approvalBody", "Sheriff's Office");
        json.put("approvalConditions", null);
        json.put("approvalDate", "2026-01-01");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(json).put("/api/v1/staff/drafts/" + draft)
                .then().log().ifValidationFails().statusCode(200);
        given().auth().oauth2(staff).contentType(ContentType.JSON).post("/api/v1/staff/drafts/" + draft + "/submit").then()
                .statusCode(200);

        Disclosure revived = load(slug);
        assertThat(revived.approvalStatus).isEqualTo(ApprovalStatus.PENDING_REVIEW);
        assertThat(revived.materialChanges).contains("lifecycle");
        assertThat(revived.approvalBody).isNotEqualTo("Sheriff's Office");
        assertThat(revived.approvalConditions).contains("No real-time searches.");
        given().get("/api/v1/technologies/" + slug).then().statusCode(200)
                .body("approvalStatus", org.hamcrest.Matchers.equalTo("pending_review"));
        given().get("/api/v1/technologies?agency=washington-county-sheriff&limit=100").then().statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.inUseWithoutApproval", org.hamcrest.Matchers.equalTo(true));
        given().auth().oauth2(board).get("/board").then().body(containsString("/board/disclosures/" + slug));
    }

    @Test
    void finding2_anOutsideApprovalTheAgencyReportsIsNotAnApprovalUntilAClerkConfirmsIt() {
        String staff = KeycloakTokens.accessToken(STAFF);
        String board = KeycloakTokens.accessToken("board");
        Map<String, String> f = form("Board ownership reported technology");
        f.put("approvalBody", "Washington County Board of Commissioners");
        f.put("approvalDate", "2025-02-03");
        f.put("approvalLegislation", "Ordinance 2025-12");
        f.put("action", "submit");
        FormSession.open("/staff/disclosures/new", staff).post(f).post("/staff/disclosures/new").then().statusCode(303);
        String slug = "washington-county-sheriff-board-ownership-reported-technology";

        Disclosure reported = load(slug);
        assertThat(reported.approvalStatus).isEqualTo(ApprovalStatus.REPORTED_BY_AGENCY);
        assertThat(reported.inUseWithoutApproval()).isTrue();
        given().get("/technologies/" + slug).then().statusCode(200)
                .body(containsString("Approval reported by the agency"))
                .body(containsString("The oversight body&#39;s clerk has not confirmed it yet"))
                .body(not(containsString(">Approved<")));

        // The clerk confirms it from the review page (the comment period does not matter for this).
        FormSession review = FormSession.open("/board/disclosures/" + slug, board);
        review.post(Map.of("revision", "1")).post("/board/disclosures/" + slug + "/confirm-approval").then()
                .statusCode(303);
        Disclosure confirmed = load(slug);
        assertThat(confirmed.approvalStatus).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(confirmed.approvalLegislation).isEqualTo("Ordinance 2025-12");
        // Confirming twice, or what is not reported, is refused with a message, not a 500.
        FormSession.open("/board/disclosures/" + slug, board).post(Map.of("revision", "1"))
                .post("/board/disclosures/" + slug + "/confirm-approval").then().statusCode(422)
                .body(containsString("nothing to confirm"));
        // Staff cannot confirm it.
        given().auth().oauth2(staff).redirects().follow(false).post("/board/disclosures/" + slug + "/confirm-approval")
                .then().statusCode(403);
    }

    @Test
    void finding2_anAnnualReportAmendedAfterTheBoardsDecisionGoesBackIntoTheQueue() {
        String staff = KeycloakTokens.accessToken(STAFF);
        String board = KeycloakTokens.accessToken("board");
        String slug = submitAndCloseComments(staff, "Board ownership report technology");
        approveWithConditions(board, slug, 1);
        String reportPath = "/staff/reports/" + slug + "/2024";
        Map<String, String> report = new LinkedHashMap<>(org.oversightportal.board.OversightPathTest.report());
        report.put("action", "submit");
        FormSession.open(reportPath, staff).post(report).post(reportPath).then().statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> AnnualReport.find(load(slug), 2024).orElseThrow().id);

        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("revision", "1");
        decision.put("hearingDate", "2025-05-01");
        decision.put("hearingPlace", "County Building, Room 140");
        decision.put("decision", "continue");
        decision.put("consentAgenda", "true");
        decision.put("rationale", "Use continues under the policy.");
        FormSession.open("/board/reports/" + id, board).post(decision).post("/board/reports/" + id).then().statusCode(303);
        given().auth().oauth2(board).get("/board").then().body(not(containsString("/board/reports/" + id + "\"")));

        // The agency amends the report after the decision: it is back in the queue, as its new revision.
        Map<String, String> amended = new LinkedHashMap<>(report);
        amended.put("violationsCount", "3");
        amended.put("violationsActions", "Three searches without a case number; the officers were retrained.");
        amended.put("action", "submit");
        FormSession.open(reportPath, staff).post(Map.of("action", "amend")).post(reportPath).then().statusCode(303);
        FormSession.open(reportPath, staff).post(amended).post(reportPath).then().log().ifValidationFails()
                .statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AnnualReport.<AnnualReport>findById(id).revision))
                .isEqualTo(2);
        given().auth().oauth2(board).get("/board").then().body(containsString("/board/reports/" + id + "\""));

        // A decision form opened on revision 1 is refused as stale; one on revision 2 is recorded.
        FormSession.open("/board/reports/" + id, board).post(decision).post("/board/reports/" + id).then()
                .statusCode(422);
        decision.put("revision", "2");
        FormSession.open("/board/reports/" + id, board).post(decision).post("/board/reports/" + id).then()
                .statusCode(303);
        given().auth().oauth2(board).get("/board").then().body(not(containsString("/board/reports/" + id + "\"")));
    }

    private static Map<String, String> form(String name) {
        return new LinkedHashMap<>(WashingtonCountyCase.form(name));
    }

    private static String submitAndCloseComments(String staff, String name) {
        Map<String, String> f = form(name);
        f.put("action", "submit");
        FormSession.open("/staff/disclosures/new", staff).post(f).post("/staff/disclosures/new").then().statusCode(303);
        String slug = "washington-county-sheriff-" + name.toLowerCase().replace(' ', '-');
        QuarkusTransaction.requiringNew().run(() -> {
            CommentPeriod p = CommentPeriod.latestFor(Disclosure.findBySlug(slug).orElseThrow()).orElseThrow();
            p.opensAt = Instant.now().minusSeconds(31 * 86_400L);
            p.closesAt = Instant.now().minusSeconds(60);
        });
        return slug;
    }

    private static void approveWithConditions(String board, String slug, int revision) {
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("revision", String.valueOf(revision));
        decision.put("hearingDate", "2024-05-01");
        decision.put("hearingPlace", "County Building, Room 140");
        decision.put("decision", "approve_with_conditions");
        decision.put("conditions", "No real-time searches.\nAn audit of every search each quarter.");
        decision.put("votesFor", "4");
        decision.put("votesAgainst", "1");
        decision.put("rationale", "Useful with limits.");
        String path = "/board/disclosures/" + slug;
        FormSession.open(path, board).post(decision).post(path).then().statusCode(303);
    }

    /** Opens the next revision as staff do (the dashboard's "Revise" button); returns the draft's id. */
    private static long openRevision(String staff, String slug) {
        String location = FormSession.open("/technologies/" + slug, staff).post(Map.of())
                .post("/staff/disclosures/" + slug + "/revise")
                .then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/staff/drafts/(\\d+).*", "$1"));
    }

    private static void submitRevision(String staff, String slug, Map<String, String> fields) {
        long draft = openRevision(staff, slug);
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("action", "submit");
        FormSession.open("/staff/drafts/" + draft, staff).post(f).post("/staff/drafts/" + draft).then().statusCode(303);
    }

    private static Disclosure load(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Disclosure.findBySlug(slug).orElseThrow());
    }
}
