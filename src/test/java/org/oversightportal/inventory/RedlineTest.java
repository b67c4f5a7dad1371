package org.oversightportal.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/** The public redline between two revisions shows exactly the fields that changed, words marked. */
@QuarkusTest
@TestSecurity(user = "staff-washington", roles = "agency-staff")
@OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
class RedlineTest {

    @Test
    void changingRetentionAndAddingASharingPartnerShowsExactlyThoseTwoChanges() {
        Map<String, String> form = WashingtonCountyCase.form("Redline technology");
        form.remove("retentionIndefinite");
        form.put("retentionDays", "30");
        form.put("action", "submit");
        String slug = "washington-county-sheriff-redline-technology";
        FormSession.open("/staff/disclosures/new").post(form).post("/staff/disclosures/new").then().statusCode(303);
        given().get("/technologies/" + slug + "/changes").then().statusCode(200);

        String draft = FormSession.open("/staff/disclosures/new").post(Map.of())
                .post("/staff/disclosures/" + slug + "/revise").then().statusCode(303).extract().header("Location")
                .replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*", "");
        form.put("retentionDays", "365");
        form.put("sharingPartners[0].name", "Oregon State Police");
        form.put("sharingPartners[0].level", "state");
        form.put("sharingPartners[0].legalStandard", "Written request with a case number");
        FormSession.open(draft).post(form).post(draft).then().statusCode(303);

        Document page = Jsoup.parse(given().get("/technologies/" + slug + "/changes").then().statusCode(200)
                .extract().asString());
        List<Element> rows = page.select("table.portal-redline tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst("th").text())
                .containsExactly("Retention period in days", "Sharing partner 1");
        Element retention = rows.get(0).selectFirst("td");
        assertThat(retention.select("del").text()).isEqualTo("removed: 30");
        assertThat(retention.select("ins").text()).isEqualTo("added: 365");
        Element partner = rows.get(1).selectFirst("td");
        assertThat(partner.select("del")).isEmpty();
        assertThat(partner.select("ins").text()).contains("Oregon State Police").contains("Written request");
        assertThat(page.text()).contains("Revision 1").contains("revision 2");
    }
}
