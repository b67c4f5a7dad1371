package org.oversightportal.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.HtmlChecker;

/**
 * With more agencies and vendors than a drop-down should hold (a national registry has 20,000 agencies), the
 * inventory filters them with a text field that takes a name or an identifier.
 */
@QuarkusTest
@TestProfile(LongFilterListsTest.TwoOptions.class)
class LongFilterListsTest {

    public static class TwoOptions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.inventory.max-filter-options", "2");
        }
    }

    @Test
    void agenciesAndVendorsAreTextFieldsInsteadOfThousandsOfOptions() {
        String html = given().get("/technologies").then().statusCode(200).extract().asString();
        assertThat(HtmlChecker.errors(html)).as("W3C Nu errors").isEmpty();
        Document page = Jsoup.parse(html);
        assertThat(page.select("input#agency[type=text][name=agency]")).hasSize(1);
        assertThat(page.select("input#vendor[type=text][name=vendor]")).hasSize(1);
        assertThat(page.select("input#hosting[type=text][name=hosting]")).hasSize(1);
        assertThat(page.select("#hosting-hint").text()).contains("hosting provider's name");
        assertThat(page.select("input#hosting").attr("aria-describedby")).isEqualTo("hosting-hint");
        assertThat(page.select("select#agency, select#vendor, select#hosting")).isEmpty();
        assertThat(page.select("select#category option")).hasSizeGreaterThan(2);
    }

    @Test
    void aNameTypedThereLeadsToItsView() {
        given().redirects().follow(false).queryParam("agency", "washington county sheriff's office")
                .get("/technologies").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/technologies?agency=washington-county-sheriff"));
        given().redirects().follow(false).queryParam("vendor", "Flock Safety").queryParam("category", "face_recognition")
                .get("/technologies").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/technologies?category=face_recognition&vendor=flock-safety"));
        Document filtered = Jsoup.parse(given().get("/technologies?agency=washington-county-sheriff").then().statusCode(200)
                .extract().asString());
        assertThat(filtered.select("input#agency").attr("value")).isEqualTo("washington-county-sheriff");
        given().redirects().follow(false).queryParam("hosting", "amazon web services").get("/technologies").then()
                .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/technologies?hosting=amazon-web-services"));
        Document hosted = Jsoup.parse(given().get("/technologies?hosting=amazon-web-services").then().statusCode(200)
                .extract().asString());
        assertThat(hosted.select("input#hosting").attr("value")).isEqualTo("amazon-web-services");
        assertThat(hosted.select("#results-heading").text()).doesNotContain(": 0");
        // In Spanish, the field's hint too.
        assertThat(Jsoup.parse(given().cookie("portal_lang", "es").get("/technologies").then().statusCode(200)
                .extract().asString()).select("#hosting-hint").text()).contains("proveedor de alojamiento");
        // An unknown name is refused like any bad value: the page says so and shows everything.
        given().redirects().follow(false).queryParam("agency", "No Such Agency").get("/technologies").then()
                .statusCode(200);
    }
}
