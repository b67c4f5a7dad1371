package org.oversightportal.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Fixtures;
import org.oversightportal.testsupport.Identities;

/**
 * Staff work on their own agency's records only: the server refuses everything else, whatever the
 * browser sends, and writes each refusal to the audit log.
 */
@QuarkusTest
class AgencyScopingTest {

    long orlandoDraftId;

    @BeforeEach
    void orlandoHasADraft() {
        orlandoDraftId = Fixtures.draft(Identities.ORLANDO, "Orlando confidential draft", "staff-orlando");
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void staffOfAnotherAgencyCannotReadADraftAndTheAttemptIsAudited() {
        given().get("/staff/drafts/" + orlandoDraftId).then().statusCode(403)
                .body(containsString("Not allowed"), not(containsString("Orlando confidential draft")));
        assertThat(deniedAttempts("draft.open")).isGreaterThanOrEqualTo(1);
        given().get("/staff").then().statusCode(200).body(not(containsString("Orlando confidential draft")));
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void staffOfAnotherAgencyCannotSaveSubmitOrDiscardADraft() {
        FormSession session = FormSession.open("/staff/disclosures/new");
        for (String action : new String[] { "save", "submit", "discard" }) {
            session.post(Map.of("action", action, "name", "Overwritten by Washington"))
                    .post("/staff/drafts/" + orlandoDraftId).then().statusCode(403);
        }
        DisclosureDraft draft = QuarkusTransaction.requiringNew().call(() -> DisclosureDraft.findById(orlandoDraftId));
        assertThat(draft).isNotNull();
        assertThat(draft.form.name).isEqualTo("Orlando confidential draft");
        assertThat(Disclosure.count("name", "Overwritten by Washington")).isZero();
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void staffOfAnotherAgencyCannotReviseItsDisclosure() {
        FormSession session = FormSession.open("/staff/disclosures/new");
        session.post(Map.of()).post("/staff/disclosures/orlando-police-real-time-face-recognition-pilot/revise")
                .then().statusCode(403);
        assertThat(deniedAttempts("disclosure.revise")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @TestSecurity(user = "staff-orlando", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.ORLANDO_GROUP, type = ClaimType.JSON_ARRAY))
    void staffOfTheOwningAgencyCanOpenTheirDraft() {
        given().get("/staff/drafts/" + orlandoDraftId).then().statusCode(200)
                .body(containsString("Orlando confidential draft"));
    }

    @Test
    @TestSecurity(user = "staff-nowhere", roles = "agency-staff")
    void staffWhoseTokenNamesNoAgencyAreRefused() {
        given().get("/staff").then().statusCode(403);
        given().get("/staff/disclosures/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "board-member", roles = "oversight-board")
    void otherRolesCannotOpenStaffPages() {
        given().get("/staff").then().statusCode(403);
        given().get("/staff/drafts/" + orlandoDraftId).then().statusCode(403);
    }

    @Test
    void anAnonymousPostToAStaffRouteIsRefusedAndStoresNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> DisclosureDraft.count());
        int status = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("action", "save").formParam("name", "Anonymous attempt")
                .post("/staff/disclosures/new").statusCode();
        // Refused before it reaches the portal: a redirect to the sign-in page, or 401/403.
        assertThat(status).isIn(302, 303, 400, 401, 403);
        long after = QuarkusTransaction.requiringNew().call(() -> DisclosureDraft.count());
        assertThat(after).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Disclosure.count("name", "Anonymous attempt"))).isZero();
    }

    @Test
    void anonymousVisitorsSeeNoDraft() {
        given().redirects().follow(false).get("/staff/drafts/" + orlandoDraftId).then()
                .statusCode(org.hamcrest.Matchers.not(200));
        given().get("/technologies?q=confidential").then().statusCode(200)
                .body(not(containsString("Orlando confidential draft")));
    }

    private static long deniedAttempts(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and outcome = ?2 and actor = ?3",
                action, AuditEntry.Outcome.DENIED, "staff-washington"));
    }
}
