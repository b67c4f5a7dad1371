package org.oversightportal.testsupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** Steps of a browser journey that also keep the HTML the portal sent, for the page checks. */
public final class Journey {

    /** Presses of Tab allowed to reach a field before we call it unreachable (or a keyboard trap). */
    static final int MAX_TABS = 400;

    private Journey() {
    }

    /** Opens an address and returns the document the portal sent. */
    public static String open(Page page, String url) {
        Response response = page.navigate(url);
        return response.text();
    }

    /**
     * Does something that loads a new page (a click, Enter on a button) and returns the final
     * document of that navigation, after any redirects.
     */
    public static String act(Page page, Runnable action) {
        Response response = page.waitForResponse(r -> r.request().isNavigationRequest()
                && (r.status() < 300 || r.status() >= 400) && !r.url().contains("/realms/"), action);
        page.waitForLoadState();
        return response.text();
    }

    /** Audits the page just reached: axe-core and the Nu HTML checker (see {@link PageAudit}). */
    public static void audit(Page page, String label, String html) {
        PageAudit.check(page, label, html);
    }

    /** Signs in through the Keycloak login page and returns the portal page it leads to. */
    public static String signIn(Page page, String portal, String username) {
        page.navigate(portal + "login");
        page.fill("#username", username);
        page.fill("#password", KeycloakTokens.DEMO_PASSWORD);
        return act(page, () -> page.click("#kc-login"));
    }

    /** Moves the keyboard focus forward with Tab until it reaches the element, as a keyboard user does. */
    public static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(page.evaluate(
                    "s => !!document.activeElement && document.activeElement.matches(s)", selector))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("The Tab key never reached " + selector + " (unreachable, or a keyboard trap)");
    }

    /** Tabs to a field and types into it. */
    public static void typeInto(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }
}
