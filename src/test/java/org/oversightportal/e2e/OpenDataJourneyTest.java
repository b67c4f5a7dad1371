package org.oversightportal.e2e;

import static org.oversightportal.testsupport.Journey.audit;
import static org.oversightportal.testsupport.Journey.open;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A resident reads the overview's charts and the data dictionary: both pages audited with axe and Nu. */
@QuarkusTest
class OpenDataJourneyTest extends BrowserJourney {

    @Test
    void residentReadsTheChartsAndTheDataDictionary() {
        Page page = browser.newPage();
        try {
            audit(page, "Overview charts", open(page, portal + "overview"));
            audit(page, "Data dictionary", open(page, portal + "data"));
            audit(page, "Overview charts (Spanish)", open(page, portal + "overview?lang=es"));
        } finally {
            page.close();
        }
    }
}
