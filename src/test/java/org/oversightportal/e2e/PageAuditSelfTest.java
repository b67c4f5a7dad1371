package org.oversightportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.Browser;
import org.oversightportal.testsupport.PageAudit;

/** The page checks themselves: a page with known faults must be caught by both checkers. */
@Tag("browser")
@Tag("accessibility")
class PageAuditSelfTest {

    @Test
    void aFaultyPageIsCaughtByAxeAndByTheNuChecker() {
        String faulty = "<!DOCTYPE html><html><head><title>t</title></head><body>"
                + "<img src=\"x.png\"><input type=\"text\"><p>unclosed <span></div></body></html>";
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setContent(faulty);
            PageAudit.Result result = PageAudit.findings(page, "faulty", faulty);
            assertThat(result.clean()).isFalse();
            assertThat(String.join("\n", result.axe())).contains("image-alt", "label", "html-has-lang");
            assertThat(String.join("\n", result.html())).contains("alt").contains("div");
        }
    }
}
