package org.oversightportal.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oversightportal.agencies.Agency;

@QuarkusTest
class PublicPagesTest {

    @Test
    void homePageShowsHeadlineCounts() {
        long disclosures = QuarkusTransaction.requiringNew().call(() -> Disclosure.count());
        long agencies = QuarkusTransaction.requiringNew().call(() -> Agency.count());
        given().when().get("/").then().statusCode(200)
                .body(containsString("Surveillance technology, in public view"))
                .body(containsString("<span class=\"portal-headline\">" + disclosures + "</span> <a href=\"/technologies\">"))
                .body(containsString("<span class=\"portal-headline\">" + agencies + "</span> <a href=\"/agencies\">"));
    }

    @Test
    void inventoryListsDemoTechnologies() {
        given().when().get("/technologies").then().statusCode(200)
                .body(containsString("Technologies found"));
    }

    @Test
    void technologyPageShowsWashingtonCountyCase() {
        given().when().get("/technologies/washington-county-sheriff-face-recognition-search-of-booking-photos")
                .then().statusCode(200)
                .body(containsString("Amazon Rekognition"), containsString("300,000"), containsString("$343.95"));
    }

    @Test
    void unknownTechnologyIsA404InTheSiteLayout() {
        given().when().get("/technologies/no-such-thing").then().statusCode(404)
                .body(containsString("Page not found"), not(containsString("Exception")));
    }
}
