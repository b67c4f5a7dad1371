package org.oversightportal.agencies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.vendors.Vendor;

@QuarkusTest
class AdminTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAddsAnAgencyThatAppearsPublicly() {
        FormSession.open("/admin/agencies/new").post(Map.of("name", "Metro Transit Authority", "kind", "transit",
                "jurisdiction", "Metro Region", "website", "https://transit.example.org"))
                .post("/admin/agencies/new").then().statusCode(303);
        given().get("/agencies/metro-transit-authority").then().statusCode(200)
                .body(containsString("Metro Transit Authority"), containsString("Transit"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and targetId = ?2",
                "agency.create", "metro-transit-authority"))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void invalidAgencyFormShowsErrorsAndKeepsInput() {
        FormSession.open("/admin/agencies/new").post(Map.of("name", "Bad <Agency>", "slug", "Not A Slug!",
                "website", "javascript:alert(1)", "contactEmail", "nobody"))
                .post("/admin/agencies/new").then().statusCode(422)
                .body(containsString("Use lower-case letters"))
                .body(containsString("Enter a full web address"))
                .body(containsString("Enter an email address"))
                .body(containsString("Choose one of the options"))
                .body(containsString("value=\"Bad &lt;Agency&gt;\""))
                .body(containsString("value=\"javascript:alert(1)\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAddsASubsidiaryAndItsParentPageCountsIt() {
        FormSession.open("/admin/vendors/new").post(Map.of("name", "Watchtower Parent Co"))
                .post("/admin/vendors/new").then().statusCode(303);
        FormSession.open("/admin/vendors/new").post(Map.of("name", "Watchtower Optics", "parent", "watchtower-parent-co"))
                .post("/admin/vendors/new").then().statusCode(303);
        given().get("/vendors/watchtower-parent-co").then().statusCode(200).body(containsString("Watchtower Optics"));
        Vendor optics = QuarkusTransaction.requiringNew().call(() -> Vendor
                .<Vendor>find("select v from Vendor v join fetch v.parent where v.slug = ?1", "watchtower-optics")
                .firstResult());
        assertThat(optics.parent.slug).isEqualTo("watchtower-parent-co");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aVendorCannotBecomeItsOwnSubsidiarysSubsidiary() {
        FormSession.open("/admin/vendors/flock-safety").post(Map.of("name", "Flock Safety", "parent", "lucidus-tech"))
                .post("/admin/vendors/flock-safety").then().statusCode(422)
                .body(containsString("cannot be owned by itself"));
    }

    @Test
    @TestSecurity(user = "staff", roles = "agency-staff")
    void staffCannotManageAgencies() {
        given().get("/admin/agencies/new").then().statusCode(403);
        given().get("/admin/vendors").then().statusCode(403);
    }
}
