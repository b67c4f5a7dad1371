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
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

@QuarkusTest
@TestSecurity(user = "staff-washington", roles = "agency-staff")
@OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
class DisclosureFilingTest {

    @Test
    void submittingAnIncompleteFormShowsEachProblemAndKeepsWhatWasTyped() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("action", "submit");
        form.put("name", "Drone program <pilot> & test");
        form.put("description", "Line one\nLine two");
        form.put("dataSources[0].name", "Camera footage");
        form.put("dataSources[0].recordCount", "lots");
        form.put("costInitial", "12.345");
        form.put("contractStart", "2024-05-01");
        form.put("contractEnd", "2023-01-01");
        form.put("retentionDays", "30");
        form.put("retentionIndefinite", "true");

        Response page = FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new");

        page.then().statusCode(422)
                .body(containsString("There is a problem"))
                .body(containsString("href=\"#f-category\">Category: Choose one of the options offered."))
                .body(containsString("Data source 1, Number of records: Enter a whole number"))
                .body(containsString("id=\"f-dataSources-0-recordCount-error\""))
                .body(containsString("Enter a whole number"))
                .body(containsString("Enter an amount in dollars and cents"))
                .body(containsString("The end date must not be before the start date"))
                .body(containsString("not both"))
                // what was typed is back in the form, escaped
                .body(containsString("value=\"Drone program &lt;pilot&gt; &amp; test\""))
                .body(containsString(">Line one\nLine two</textarea>"))
                .body(containsString("value=\"lots\""))
                .body(containsString("value=\"12.345\""));

        // ... and kept as a draft, so nothing is lost even if the browser is closed now
        DisclosureDraft draft = QuarkusTransaction.requiringNew().call(() -> (DisclosureDraft) DisclosureDraft
                .getEntityManager().createNativeQuery("select * from disclosure_draft where form ->> 'name' = :name",
                        DisclosureDraft.class)
                .setParameter("name", "Drone program <pilot> & test").getSingleResult());
        assertThat(draft).isNotNull();
        assertThat(draft.form.dataSources.get(0).recordCount).isEqualTo("lots");
        assertThat(Disclosure.count("name", "Drone program <pilot> & test")).isZero();
    }

    @Test
    void aDraftIsNotPublicAndASubmittedDisclosureIs() {
        Map<String, String> form = WashingtonCountyCase.form("Visibility check technology");
        form.put("action", "save");
        String location = FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new")
                .then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/staff/drafts/");

        given().get(location).then().statusCode(200).body(containsString("Your draft has been saved."));
        // The draft is in the staff workspace, nowhere public
        given().get("/staff").then().statusCode(200).body(containsString("Visibility check technology"));
        given().get("/technologies?q=visibility").then().statusCode(200)
                .body(not(containsString("Visibility check technology")));

        String draftPath = location.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
        form.put("action", "submit");
        String published = FormSession.open(draftPath).post(form).post(draftPath).then().statusCode(303)
                .extract().header("Location");
        assertThat(published).contains("/technologies/washington-county-sheriff-visibility-check-technology");

        given().get("/technologies?q=visibility").then().statusCode(200)
                .body(containsString("Visibility check technology"));
        // the draft is gone once submitted
        given().get(draftPath).then().statusCode(404);
    }

    @Test
    void washingtonCountyRekognitionCaseIsFiledAndReadBackWithAllItsFacts() {
        Map<String, String> form = WashingtonCountyCase.form("Rekognition face search (filed in test)");
        form.put("action", "submit");
        FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new").then().statusCode(303);

        String slug = "washington-county-sheriff-rekognition-face-search-filed-in-test";
        given().get("/technologies/" + slug).then().statusCode(200)
                .body(containsString("Amazon Rekognition"))
                .body(containsString("Booking photos (mugshots)"))
                .body(containsString("300,000"))
                .body(containsString("$6 to $12"))
                .body(containsString("Monthly"))
                .body(containsString("$343.95"))
                .body(containsString("Signed and withheld"))
                .body(containsString("A public cloud"))
                .body(containsString("promote the product to other agencies"))
                .body(containsString("Kept indefinitely"));

        Disclosure d = QuarkusTransaction.requiringNew().call(() -> {
            Disclosure found = Disclosure.findBySlug(slug).orElseThrow();
            found.vendor.name.length();
            found.hostingProvider.name.length();
            return found;
        });
        assertThat(d.agency.slug).isEqualTo(Identities.WASHINGTON);
        assertThat(d.product).isEqualTo("Amazon Rekognition");
        assertThat(d.dataSources).containsExactly(new Parts.DataSource("Booking photos (mugshots)", 300_000L, null));
        assertThat(d.costItems).hasSize(2);
        assertThat(d.costItems.get(0).amountLow()).isEqualByComparingTo("6");
        assertThat(d.costItems.get(0).amountHigh()).isEqualByComparingTo("12");
        assertThat(d.costItems.get(0).period()).isEqualTo(CostPeriod.MONTHLY);
        assertThat(d.costItems.get(1).amountLow()).isEqualByComparingTo(new BigDecimal("343.95"));
        assertThat(d.ndaStatus).isEqualTo(NdaStatus.SIGNED_WITHHELD);
        assertThat(d.hostingType).isEqualTo(HostingType.PUBLIC_CLOUD);
        assertThat(d.hostingProvider.name).isEqualTo("Amazon Web Services");
        assertThat(d.vendor.name).isEqualTo("Amazon Web Services");
        assertThat(d.capFaceRecognition).isTrue();
        assertThat(d.retentionIndefinite).isTrue();
        assertThat(d.revision).isEqualTo(1);
        assertThat(d.submittedBy).isEqualTo("staff-washington");
    }

    @Test
    void revisingASubmittedDisclosureRecordsANewRevisionListedOnItsPage() {
        Map<String, String> form = WashingtonCountyCase.form("Revision history check");
        form.put("action", "submit");
        FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new").then().statusCode(303);
        String slug = "washington-county-sheriff-revision-history-check";

        FormSession onPage = FormSession.open("/technologies/" + slug);
        String draftPath = onPage.post(Map.of()).post("/staff/disclosures/" + slug + "/revise").then().statusCode(303)
                .extract().header("Location").replaceFirst("^https?://[^/]+", "");
        // the revision draft starts from what was submitted
        given().get(draftPath).then().statusCode(200).body(containsString("value=\"Revision history check\""));

        form.put("retentionIndefinite", "");
        form.put("retentionDays", "365");
        FormSession.open(draftPath).post(form).post(draftPath).then().statusCode(303);

        given().get("/technologies/" + slug).then().statusCode(200)
                .body(containsString("365 days"))
                .body(containsString("Revision 2"));
        List<Object[]> history = QuarkusTransaction.requiringNew().call(() -> Disclosure.getEntityManager()
                .createNativeQuery("select a.revision, a.retention_days from disclosure_aud a join disclosure d on d.id = a.id"
                        + " where d.slug = :slug order by a.rev")
                .setParameter("slug", slug).getResultList());
        assertThat(history).hasSize(2);
        assertThat(((Number) history.get(0)[0]).intValue()).isEqualTo(1);
        assertThat(history.get(0)[1]).isNull();
        assertThat(((Number) history.get(1)[1]).intValue()).isEqualTo(365);
    }

    @Test
    void aLongImpactReportTextIsAcceptedUpToItsLimitAndRefusedBeyondIt() {
        Map<String, String> form = WashingtonCountyCase.form("Long description check");
        form.put("action", "submit");
        form.put("description", "x".repeat(20_001));
        FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new").then().statusCode(422)
                .body(containsString("at most 20000 characters"));
        form.put("description", "é".repeat(20_000));
        FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new").then().statusCode(303);
        String stored = QuarkusTransaction.requiringNew().call(() -> Disclosure
                .findBySlug("washington-county-sheriff-long-description-check").orElseThrow().description);
        assertThat(stored).hasSize(20_000);
    }

    @Test
    void controlCharactersThatCannotBeTypedOrStoredAreDropped() {
        Map<String, String> form = WashingtonCountyCase.form("Null\u0000byte\u0007 check");
        form.put("action", "submit");
        FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new").then().statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Disclosure.count("name", "Nullbyte check")))
                .isEqualTo(1);
    }

    @Test
    void everySubmissionIsInTheAuditLog() {
        Map<String, String> form = WashingtonCountyCase.form("Audit trail check");
        form.put("action", "submit");
        FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new").then().statusCode(303);
        long entries = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and targetId = ?2 and actor = ?3 and actorAgency = ?4", "disclosure.submit",
                "washington-county-sheriff-audit-trail-check", "staff-washington", Identities.WASHINGTON));
        assertThat(entries).isEqualTo(1);
    }
}
