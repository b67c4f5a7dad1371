package org.oversightportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oversightportal.testsupport.Journey.act;
import static org.oversightportal.testsupport.Journey.audit;
import static org.oversightportal.testsupport.Journey.open;
import static org.oversightportal.testsupport.Journey.signIn;

import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.Browser;
import org.oversightportal.thirdparty.ThirdPartyEntry;

/**
 * The Atlas of Surveillance exchange in a browser: an admin imports a file and follows its progress to the
 * report; a resident sees the entries on the agency's page, marked unconfirmed; the agency's staff dispute
 * one (after forgetting the reason) and confirm another into a draft. Every page audited (axe, Nu).
 */
@QuarkusTest
class ThirdPartyJourneyTest extends BrowserJourney {

    static final String AGENCY = "Harbor County Department of Corrections";

    @Test
    void adminImportsResidentReadsStaffDisputeAndConfirm() throws IOException {
        Path file = Files.createTempFile("atlas-journey", ".csv");
        StringBuilder csv = new StringBuilder("AOSNUMBER,City,County,State,Agency,Type of LEA,Summary,Type of Juris,"
                + "Technology,Vendor,Link 1\n");
        csv.append("AOS-J1,,Harbor County,,").append(AGENCY)
                .append(",Corrections,Drones over the jail yard,County,Drones,Skydio,https://example.org/j1\n");
        csv.append("AOS-J2,,Harbor County,,").append(AGENCY)
                .append(",Corrections,Body cameras for guards,County,Body-worn Cameras,Axon,https://example.org/j2\n");
        csv.append("AOS-J3,Atlantis,,,Atlantis Police Department,Police,,Municipal,ALPR,,\n");
        csv.append("AOS-J4,,Harbor County,,").append(AGENCY).append(",Corrections,,County,Robot Dogs,,\n");
        for (int i = 0; i < 300; i++) {
            csv.append("AOS-JB").append(i).append(",Atlantis,,,Atlantis Police Department,Police,,Municipal,ALPR,,\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        Page page = browser.newPage();
        try {
            String html = signIn(page, portal.toString(), "admin");
            html = open(page, portal + "admin/third-party-imports");
            audit(page, "Admin: Atlas import form", html);

            html = act(page, () -> page.click("main button[type=submit]"));
            audit(page, "Admin: Atlas import refused (no file)", html);
            assertThat(page.locator("#error-summary")).containsText("Choose a CSV file");

            page.setInputFiles("#f-file", file);
            html = act(page, () -> page.click("main button[type=submit]"));
            audit(page, "Admin: Atlas import in progress", html);
            assertThat(page.locator("#import-progress progress")).hasCount(1);
            // The script reloads the page when the import is done; the report replaces the refresh link.
            page.waitForSelector("#report-heading", new Page.WaitForSelectorOptions().setTimeout(120_000));
            html = open(page, page.url());
            audit(page, "Admin: Atlas import report", html);
            assertThat(page.locator("#table-unknown-agency")).containsText("Atlantis Police Department");
            assertThat(page.locator("#table-unmappable-technology")).containsText("Robot Dogs");
            assertThat(page.locator("#table-unmappable-technology")).containsText("5");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "third-party-admin-failure");
            throw e;
        } finally {
            page.context().close();
        }

        Page resident = browser.newPage();
        try {
            String html = open(resident, portal + "agencies/harbor-county-corrections");
            audit(resident, "Agency page with third-party reports", html);
            assertThat(resident.locator("#reported-heading")).isVisible();
            assertThat(resident.locator("main")).containsText("not confirmed by the agency");
            html = open(resident, portal + "third-party-reports?status=unconfirmed");
            audit(resident, "Third-party reports", html);
            html = open(resident, portal + "third-party-reports?lang=es");
            audit(resident, "Third-party reports (Spanish)", html);
        } finally {
            resident.context().close();
        }

        long drones = entry("AOS-J1");
        long cameras = entry("AOS-J2");
        // Harbor County Corrections has no staff account in the demo realm: its entries move to Washington's
        // for the staff part of the journey.
        QuarkusTransaction.requiringNew().run(() -> ThirdPartyEntry.update(
                "agency = (select a from Agency a where a.slug = 'washington-county-sheriff') where id in ?1",
                java.util.List.of(drones, cameras)));
        Page staff = browser.newPage();
        try {
            signIn(staff, portal.toString(), "staff-washington");
            String html = open(staff, portal + "staff/third-party");
            audit(staff, "Staff: third-party reports", html);

            html = act(staff, () -> staff.click("#dispute-" + drones));
            audit(staff, "Staff: dispute without a reason", html);
            assertThat(staff.locator("#error-summary")).containsText("Give the reason");
            staff.fill("#reason-" + drones, "The sheriff's office has no drones.");
            html = act(staff, () -> staff.click("#dispute-" + drones));
            audit(staff, "Staff: report disputed", html);
            assertThat(staff.locator("#entry-" + drones)).containsText("The sheriff's office has no drones.");

            html = act(staff, () -> staff.click("#confirm-" + cameras));
            audit(staff, "Staff: draft opened from a confirmed report", html);
            assertThat(staff.locator("#f-name")).hasValue("Body cameras for guards");
            assertThat(staff.locator("#f-category")).hasValue("body_worn_cameras");

            html = open(staff, portal + "agencies/washington-county-sheriff");
            assertThat(staff.locator("main")).containsText("The sheriff's office has no drones.");
            assertThat(staff.locator("main")).containsText("The agency is preparing its disclosure.");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(staff, "third-party-staff-failure");
            throw e;
        } finally {
            staff.context().close();
            Files.deleteIfExists(file);
        }
    }

    private static long entry(String sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry.<ThirdPartyEntry>find("sourceId", sourceId)
                .singleResult().id);
    }
}
