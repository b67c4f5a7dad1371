package org.oversightportal.board;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.inventory.ApprovalStatus;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.DisclosureDraft;
import org.oversightportal.inventory.WashingtonCountyCase;
import org.oversightportal.reports.AnnualReport;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.KeycloakTokens;

/**
 * The whole oversight path with real accounts: a disclosure is submitted, its comment period closes,
 * the board approves it with conditions, its annual report falls overdue, the agency submits it, and
 * the board decides the use must be modified, which sends the disclosure back to the agency.
 */
@QuarkusTest
public class OversightPathTest {

    static final String SLUG = "washington-county-sheriff-oversight-path-technology";

    /** A complete 2024 annual report of the Washington County case, as the form posts it. */
    public static Map<String, String> report() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("usageSummary", "Searches of booking photos in 212 investigations.");
        f.put("dataCollected", "1,480 probe images; results kept with the case file.");
        f.put("capturedNonSuspects", "yes");
        f.put("usageCounts[0].label", "Searches run");
        f.put("usageCounts[0].count", "1,480");
        f.put("usageCounts[1].label", "Possible matches");
        f.put("usageCounts[1].count", "310");
        f.put("sharing[0].recipient", "Portland Police Bureau");
        f.put("sharing[0].frequency", "On request");
        f.put("sharing[0].legalStandard", "Written request with a case number");
        f.put("complaintsCount", "2");
        f.put("policyAdequate", "No: the policy does not limit real-time use.");
        f.put("internalAudits", "None in 2024.");
        f.put("violationsCount", "0");
        f.put("effectiveness", "Leads in 38 cases; no arrest attributed to a match alone.");
        f.put("effectivenessStatistics[0].label", "Cases with a lead");
        f.put("effectivenessStatistics[0].value", "38");
        f.put("totalCost", "1,872.00");
        return f;
    }

    @Test
    void submittedClosedApprovedWithConditionsReportOverdueSubmittedAndModify() {
        String staff = KeycloakTokens.accessToken("staff-washington");
        String board = KeycloakTokens.accessToken("board");

        // 1. The agency submits a disclosure: its comment period opens; the board does not see it yet.
        Map<String, String> disclosure = WashingtonCountyCase.form("Oversight path technology");
        disclosure.put("action", "submit");
        FormSession.open("/staff/disclosures/new", staff).post(disclosure).post("/staff/disclosures/new").then()
                .statusCode(303);
        given().auth().oauth2(board).get("/board").then().statusCode(200)
                .body(not(containsString("/board/disclosures/" + SLUG)));

        // 2. The comment period closes: the disclosure enters the queue.
        QuarkusTransaction.requiringNew().run(() -> {
            CommentPeriod p = CommentPeriod.latestFor(Disclosure.findBySlug(SLUG).orElseThrow()).orElseThrow();
            p.opensAt = Instant.now().minusSeconds(31 * 86_400L);
            p.closesAt = Instant.now().minusSeconds(60);
        });
        given().auth().oauth2(board).get("/board").then().statusCode(200)
                .body(containsString("/board/disclosures/" + SLUG));

        // 3. The board approves it with conditions, at a hearing in 2024.
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("revision", "1");
        decision.put("hearingDate", "2024-05-01");
        decision.put("hearingPlace", "County Building, Room 140");
        decision.put("decision", "approve_with_conditions");
        decision.put("conditions", "No real-time searches.\nAn audit of every search each quarter.");
        decision.put("votesFor", "4");
        decision.put("votesAgainst", "1");
        decision.put("legislation", "Resolution 2024-050");
        decision.put("rationale", "Useful with limits; real-time use was the concern of most comments.");
        String boardPath = "/board/disclosures/" + SLUG;
        FormSession.open(boardPath, board).post(decision).post(boardPath).then().statusCode(303);

        Disclosure approved = QuarkusTransaction.requiringNew().call(() -> Disclosure.findBySlug(SLUG).orElseThrow());
        assertThat(approved.approvalStatus).isEqualTo(ApprovalStatus.APPROVED_WITH_CONDITIONS);
        assertThat(approved.approvalDate).hasToString("2024-05-01");
        assertThat(approved.approvalConditions).contains("No real-time searches.");
        given().get("/technologies/" + SLUG).then().body(containsString("Approved with conditions"))
                .body(containsString("An audit of every search each quarter."))
                .body(containsString("Resolution 2024-050"));
        given().get("/decisions").then().body(containsString("Oversight path technology"));

        // 4. Its 2024 annual report (due 15 March 2025) is overdue, on the dashboard and the agency's list.
        given().get("/compliance/overdue?agency=washington-county-sheriff").then().statusCode(200)
                .body(containsString("Oversight path technology")).body(containsString("2024 annual report"));
        given().auth().oauth2(staff).get("/staff/reports").then().statusCode(200)
                .body(containsString("/staff/reports/" + SLUG + "/2024")).body(containsString("Overdue"));

        // 5. The agency submits it: first incomplete (errors named, text kept), then complete.
        String reportPath = "/staff/reports/" + SLUG + "/2024";
        FormSession form = FormSession.open(reportPath, staff);
        Map<String, String> incomplete = new LinkedHashMap<>(report());
        incomplete.remove("effectiveness");
        incomplete.put("violationsCount", "two");
        incomplete.put("action", "submit");
        form.post(incomplete).post(reportPath).then().statusCode(422)
                .body(containsString("Effectiveness: Enter this information."))
                .body(containsString("Violations of the use policy:"))
                .body(containsString("Searches of booking photos in 212 investigations."));
        Map<String, String> complete = report();
        complete.put("action", "submit");
        form.post(complete).post(reportPath).then().statusCode(303);
        given().get("/technologies/" + SLUG + "/reports/2024").then().statusCode(200)
                .body(containsString("Searches run")).body(containsString("1,480"))
                .body(containsString("Portland Police Bureau"));
        // The 2024 report is no longer overdue; the 2025 one (due 15 March 2026) still is.
        given().get("/compliance/overdue?agency=washington-county-sheriff").then()
                .body(not(containsString("2024 annual report"))).body(containsString("2025 annual report"));
        // Another agency's staff cannot open it.
        given().auth().oauth2(KeycloakTokens.accessToken("staff-orlando")).redirects().follow(false)
                .get(reportPath).then().statusCode(403);

        // 6. The board decides the use must be modified: the disclosure goes back to the agency.
        long reportId = QuarkusTransaction.requiringNew().call(() -> AnnualReport.<AnnualReport>find(
                "disclosure.slug = ?1 and reportingYear = 2024", SLUG).firstResult().id);
        given().auth().oauth2(board).get("/board").then().body(containsString("/board/reports/" + reportId));
        Map<String, String> modify = new LinkedHashMap<>();
        modify.put("revision", "1");
        modify.put("hearingDate", "2025-05-20");
        modify.put("hearingPlace", "County Building, Room 140");
        modify.put("decision", "modify");
        modify.put("consentAgenda", "true");
        modify.put("rationale", "The report shows the policy does not limit real-time use: add that limit.");
        String reviewPath = "/board/reports/" + reportId;
        FormSession.open(reviewPath, board).post(modify).post(reviewPath).then().statusCode(303);

        Disclosure back = QuarkusTransaction.requiringNew().call(() -> Disclosure.findBySlug(SLUG).orElseThrow());
        assertThat(back.approvalStatus).isEqualTo(ApprovalStatus.CHANGES_REQUESTED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> DisclosureDraft.findOpenRevision(back))).isNotNull();
        given().auth().oauth2(staff).get("/staff").then().body(containsString("Oversight path technology"));
        given().get("/technologies/" + SLUG + "/reports/2024").then().body(containsString("Use to be modified"));
        given().get("/compliance/changes-unanswered?agency=washington-county-sheriff").then()
                .body(containsString("Oversight path technology"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and actor = ?2", "review.modify", "board"))).isEqualTo(1);
    }

    @Test
    void aDecisionWithMissingPartsIsRefusedWithEveryProblemNamedAndTheTextKept() {
        String board = KeycloakTokens.accessToken("board");
        String path = "/board/disclosures/washington-county-sheriff-face-recognition-search-of-booking-photos";
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("revision", "1");
        decision.put("hearingDate", "2999-01-01");
        decision.put("decision", "approve_with_conditions");
        decision.put("rationale", "Kept rationale text");
        FormSession.open(path, board).post(decision).post(path).then().statusCode(422)
                .body(containsString("cannot be in the future")).body(containsString("List the conditions"))
                .body(containsString("Enter the vote")).body(containsString("Kept rationale text"))
                // The demo disclosure's comment period is still open: no decision before it closes.
                .body(containsString("comment period on this disclosure is still open"));
        decision.put("decision", "continue");
        FormSession.open(path, board).post(decision).post(path).then().statusCode(422)
                .body(containsString("Choose one of the options offered."));
    }
}
