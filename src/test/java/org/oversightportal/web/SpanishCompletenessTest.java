package org.oversightportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The public side is complete in Spanish: no text of the English bundles shows on a public page
 * rendered in Spanish (the records themselves are in the language the agency wrote them in).
 */
@QuarkusTest
class SpanishCompletenessTest {

    static final List<String> PUBLIC_PAGES = List.of("/", "/technologies", "/technologies?q=camera&sort=newest",
            "/technologies/harbor-city-police-automated-license-plate-readers",
            "/technologies/washington-county-sheriff-face-recognition-search-of-booking-photos", "/agencies",
            "/agencies/harbor-city-police", "/vendors", "/vendors/flock-safety", "/third-party-reports", "/no-such-page");

    /** The other features' value labels (kinds of agency, decisions, statuses), left out for the same reason. */
    static final java.util.regex.Pattern LABEL_PREFIXES = java.util.regex.Pattern.compile(
            "(agency_kind|decision|measure|comment_status|reject_reason|non_suspects|import_status|entry_status)_");

    @Test
    void noEnglishInterfaceTextOnAnyPublicPageInSpanish() throws IOException {
        List<String> englishOnly = new ArrayList<>();
        // Value labels (categories, statuses) are left out here: a record's own name may use the same
        // words ("Automated license plate readers"). They are checked by name below.
        // Every bundle but the inventory's value labels, whose words a record's own name may use.
        for (String bundle : MessageBundlesTest.bundles().filter(b -> !b.equals("invl")).toList()) {
            Properties en = MessageBundlesTest.load(bundle, "en");
            Properties es = MessageBundlesTest.load(bundle, "es");
            for (String key : en.stringPropertyNames()) {
                String text = en.getProperty(key);
                // Long enough not to occur by chance in record text, and without placeholders.
                if (text.length() >= 14 && !text.contains("{") && !text.equals(es.getProperty(key))
                        && !LABEL_PREFIXES.matcher(key).lookingAt()) {
                    englishOnly.add(text.replace("'", "&#39;"));
                }
            }
        }
        assertThat(englishOnly).hasSizeGreaterThan(150);
        for (String path : PUBLIC_PAGES) {
            String page = given().cookie("portal_lang", "es").get(path).asString();
            assertThat(page).as(path).contains("lang=\"es\"");
            List<String> found = englishOnly.stream().filter(page::contains).toList();
            assertThat(found).as("English text on %s in Spanish", path).isEmpty();
        }
        given().cookie("portal_lang", "es").get("/technologies/washington-county-sheriff-face-recognition-search-of-booking-photos")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Reconocimiento facial"))
                .body(org.hamcrest.Matchers.containsString("Firmado y no publicado"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Signed and withheld")));
    }
}
