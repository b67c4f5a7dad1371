package org.oversightportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversightportal.testsupport.Journey.audit;
import static org.oversightportal.testsupport.Journey.open;
import static org.oversightportal.testsupport.Journey.signIn;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.Browser;

/**
 * The layout as a new visitor sees it (issue 16), at 375, 1024 and 1280 pixels wide, in English and in
 * Spanish (whose labels are longer), on the home page, the inventory, a technology, a comment form, the
 * overview's charts and the staff dashboard (signed in through Keycloak): nothing is wider than the window,
 * the header and the content share one grid width, from 1024 pixels the navigation is one row of whole
 * labels (below, the USWDS menu button), and no chart label is cut. Each check lists every page, width and
 * element that breaks it, not only the first.
 */
@QuarkusTest
class LayoutTest extends BrowserJourney {

    static final int[] WIDTHS = {375, 1024, 1280};
    static final List<String> LANGUAGES = List.of("en", "es");
    /** USWDS's $theme-header-min-width (desktop, 64em): from here on the navigation is not a menu. */
    static final int DESKTOP = 1024;

    /** One page of the walk: its name in messages, and its path (without the language). */
    record Target(String name, String path, boolean staff) {
    }

    /** Collects what a visit found, by page, language and width. */
    static final class Problems {
        final List<String> found = new ArrayList<>();

        void add(Target target, String lang, int width, String what) {
            found.add(target.name() + " (" + target.path() + ", " + lang + ") at " + width + " px: " + what);
        }

        void assertNone(String behaviour) {
            assertThat(found).as(behaviour + ", but:\n  " + String.join("\n  ", found) + "\n").isEmpty();
        }
    }

    // ---- What is measured in the page -----------------------------------------------------------------

    /** How an element is named in a message: tag, id, classes, and the start of its text. */
    static final String DESCRIBE = """
            const describe = el => {
              let name = el.tagName.toLowerCase();
              if (el.id) name += '#' + el.id;
              const cls = typeof el.className === 'string' ? el.className : (el.className.baseVal || '');
              if (cls.trim()) name += '.' + cls.trim().split(/\\s+/).join('.');
              const text = (el.textContent || '').replace(/\\s+/g, ' ').trim();
              return text ? name + ' "' + (text.length > 50 ? text.slice(0, 50) + '…' : text) + '"' : name;
            };
            """;

    /**
     * The document's width against the window's, and when it is wider, the elements that stick out: those
     * beyond the window's right edge whose parent does not (the outermost culprits), outside any scrolling box.
     */
    static final String OVERFLOW = "() => {" + DESCRIBE + """
              const vw = window.innerWidth;
              const sw = document.documentElement.scrollWidth;
              const out = [];
              if (sw > vw) {
                const sticksOut = el => {
                  const r = el.getBoundingClientRect();
                  // Only the right side widens the document (USWDS hides things far to the left on purpose).
                  return (r.width > 0 || r.height > 0) && r.right > vw + 0.5;
                };
                const inScroller = el => {
                  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX;
                    if (o !== 'visible') return true;
                  }
                  return false;
                };
                for (const el of document.body.querySelectorAll('*')) {
                  if (sticksOut(el) && !(el.parentElement && el.parentElement !== document.body
                      && sticksOut(el.parentElement)) && !inScroller(el)) {
                    const r = el.getBoundingClientRect();
                    out.push(describe(el) + ' spans ' + Math.round(r.left) + '–' + Math.round(r.right) + ' px');
                  }
                }
              }
              return { viewport: vw, document: sw, offenders: out.slice(0, 10) };
            }""";

    /**
     * Where the header's content starts and ends (the logo's left edge; the right edge of its rightmost visible
     * link) and the main grid container's content box: they should line up.
     */
    static final String GRIDS = """
            () => {
              const main = document.querySelector('main .grid-container');
              const logo = document.querySelector('header .usa-logo');
              if (!main || !logo) return null;
              const r = main.getBoundingClientRect(), s = getComputedStyle(main);
              const shown = [...document.querySelectorAll('header a, header button')]
                  .filter(el => el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden');
              return { header: { left: Math.round(logo.getBoundingClientRect().left),
                                 right: Math.round(Math.max(...shown.map(el => el.getBoundingClientRect().right))) },
                       main: { left: Math.round(r.left + parseFloat(s.paddingLeft)),
                               right: Math.round(r.right - parseFloat(s.paddingRight)) } };
            }""";

    /**
     * The navigation's items (the primary ones, and secondary links if any): whether the menu button shows, and
     * for each item, its label, how many lines its text takes (line boxes of the text, by their tops), whether
     * the label is cut, and its list and place (the items of one list must be on one row).
     */
    static final String NAVIGATION = "() => {" + DESCRIBE + """
              const visible = el => !!el && getComputedStyle(el).display !== 'none'
                  && getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0;
              const items = [...document.querySelectorAll('.usa-nav__primary > .usa-nav__primary-item, '
                  + '.usa-nav__secondary-links > .usa-nav__secondary-item')];
              const vw = window.innerWidth;
              return {
                menuButton: visible(document.querySelector('.usa-menu-btn')),
                navVisible: visible(document.querySelector('.usa-nav')),
                items: items.map(item => {
                  const link = item.querySelector('a, button') || item;
                  const label = link.querySelector('span') || link;
                  const range = document.createRange();
                  range.selectNodeContents(label);
                  const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                      .map(r => Math.round(r.top)));
                  const r = item.getBoundingClientRect();
                  return { label: describe(link), lines: tops.size, row: item.parentElement.className,
                           cut: label.scrollWidth > label.clientWidth + 1 || r.right > vw + 0.5 || r.left < -0.5,
                           top: Math.round(r.top), height: Math.round(r.height) };
                })
              };
            }""";

    /** Every SVG text whose box is not inside its SVG's box, with both boxes. */
    static final String SVG_TEXT = "() => {" + DESCRIBE + """
              const out = [];
              for (const svg of document.querySelectorAll('svg')) {
                const s = svg.getBoundingClientRect();
                for (const text of svg.querySelectorAll('text')) {
                  const t = text.getBoundingClientRect();
                  if (t.left < s.left - 0.5 || t.right > s.right + 0.5 || t.top < s.top - 0.5
                      || t.bottom > s.bottom + 0.5) {
                    const svgName = describe(svg).split(' ')[0] + (svg.getAttribute('aria-labelledby')
                        ? '[' + svg.getAttribute('aria-labelledby').split(' ')[0] + ']' : '');
                    out.push(describe(text) + ' in ' + svgName + ': text '
                        + [t.left, t.right, t.top, t.bottom].map(Math.round).join('/') + ', svg '
                        + [s.left, s.right, s.top, s.bottom].map(Math.round).join('/') + ' (left/right/top/bottom)');
                  }
                }
              }
              return out;
            }""";

    // ---- The checks ------------------------------------------------------------------------------------

    @Test
    void noPageIsWiderThanTheWindowAndTheHeaderSharesTheContentsGrid() {
        Problems problems = new Problems();
        walk((target, visit) -> {
            Map<?, ?> overflow = (Map<?, ?>) visit.page.evaluate(OVERFLOW);
            int viewport = ((Number) overflow.get("viewport")).intValue();
            int document = ((Number) overflow.get("document")).intValue();
            if (document > viewport) {
                problems.add(target, visit.lang, visit.width, "the document is " + document
                        + " px wide in a " + viewport + " px window; sticking out: " + overflow.get("offenders"));
            }
            Map<?, ?> grids = (Map<?, ?>) visit.page.evaluate(GRIDS);
            if (grids == null) {
                problems.add(target, visit.lang, visit.width, "no header .usa-logo or main .grid-container");
            } else {
                Map<?, ?> header = (Map<?, ?>) grids.get("header");
                Map<?, ?> main = (Map<?, ?>) grids.get("main");
                // Below the desktop width only the left edges: USWDS's menu button sits against the window's edge.
                boolean aligned = near(header.get("left"), main.get("left"))
                        && (visit.width < DESKTOP || near(header.get("right"), main.get("right")));
                if (!aligned) {
                    problems.add(target, visit.lang, visit.width, "the header's content spans " + header
                            + " (logo's left edge, rightmost link's right edge), the main content " + main);
                }
            }
            if (visit.lang.equals("en") && visit.width <= DESKTOP) {
                audit(visit.page, target.name() + " at " + visit.width + " px", visit.html);
            }
        });
        problems.assertNone("No page may be wider than the window, and the header and the content share one grid");
    }

    static boolean near(Object a, Object b) {
        return Math.abs(((Number) a).doubleValue() - ((Number) b).doubleValue()) <= 2;
    }

    @Test
    void theNavigationIsOneRowOfWholeLabelsFrom1024PixelsAndTheMenuButtonBelow() {
        Problems problems = new Problems();
        walk((target, visit) -> {
            Map<?, ?> nav = (Map<?, ?>) visit.page.evaluate(NAVIGATION);
            boolean menuButton = (Boolean) nav.get("menuButton");
            if (visit.width < DESKTOP) {
                if (!menuButton || (Boolean) nav.get("navVisible")) {
                    problems.add(target, visit.lang, visit.width, "below " + DESKTOP
                            + " px the navigation should be behind the menu button (button shown: " + menuButton
                            + ", navigation shown: " + nav.get("navVisible") + ")");
                    return;
                }
                // The menu opens, and every item of it is whole on the screen.
                visit.page.click(".usa-menu-btn");
                // The menu slides in: measured once it is in place.
                visit.page.evaluate("() => Promise.all(document.getAnimations().map(a => a.finished))");
                Map<?, ?> open = (Map<?, ?>) visit.page.evaluate(NAVIGATION);
                if (!(Boolean) open.get("navVisible")) {
                    problems.add(target, visit.lang, visit.width, "the menu button does not open the navigation");
                }
                for (Object o : (List<?>) open.get("items")) {
                    if ((Boolean) ((Map<?, ?>) o).get("cut")) {
                        problems.add(target, visit.lang, visit.width, "in the open menu, item "
                                + ((Map<?, ?>) o).get("label") + " is cut or outside the window");
                    }
                }
                return;
            }
            if (menuButton) {
                problems.add(target, visit.lang, visit.width, "the menu button shows at " + DESKTOP + " px or wider");
            }
            List<?> items = (List<?>) nav.get("items");
            Map<Object, Integer> firstTop = new HashMap<>();
            for (Object o : items) {
                Map<?, ?> item = (Map<?, ?>) o;
                int lines = ((Number) item.get("lines")).intValue();
                int top = ((Number) item.get("top")).intValue();
                if (lines != 1) {
                    problems.add(target, visit.lang, visit.width, "navigation item " + item.get("label")
                            + " takes " + lines + " lines");
                }
                if ((Boolean) item.get("cut")) {
                    problems.add(target, visit.lang, visit.width, "navigation item " + item.get("label")
                            + " is cut (its label does not fit, or it is outside the window)");
                }
                Integer first = firstTop.putIfAbsent(item.get("row"), top);
                if (first != null && Math.abs(top - first) > 2) {
                    problems.add(target, visit.lang, visit.width, "navigation item " + item.get("label")
                            + " is on another row (top " + top + " px, the first item of its list at " + first + " px)");
                }
            }
        });
        problems.assertNone("From " + DESKTOP + " px the navigation is one row of whole, one-line labels, "
                + "and below it is behind the menu button");
    }

    @Test
    void chartLabelsStayInsideTheirChartsAndTheTablesRemain() {
        Problems problems = new Problems();
        walk((target, visit) -> {
            for (Object text : (List<?>) visit.page.evaluate(SVG_TEXT)) {
                problems.add(target, visit.lang, visit.width, "SVG text is cut: " + text);
            }
            if (target.path().equals("overview")) {
                int charts = visit.page.locator("svg.portal-chart").count();
                int tables = visit.page.locator("svg.portal-chart + table").count();
                if (charts == 0 || charts != tables) {
                    problems.add(target, visit.lang, visit.width, charts + " charts but " + tables
                            + " tables of their numbers after them");
                }
            }
        });
        problems.assertNone("Every SVG text stays inside its SVG, and every chart keeps its table");
    }

    // ---- The walk --------------------------------------------------------------------------------------

    /** One page as loaded at one width in one language. */
    record Visit(Page page, String lang, int width, String html) {
    }

    /** Loads every page at every width in both languages, the public ones signed out, and hands each over. */
    void walk(BiConsumer<Target, Visit> check) {
        Page page = browser.newPage();
        Page staff = browser.newPage();
        String current = "";
        try {
            String technology = "technologies/harbor-city-police-automated-license-plate-readers";
            List<Target> targets = List.of(
                    new Target("Home", "", false),
                    new Target("Inventory", "technologies", false),
                    new Target("Technology page", technology, false),
                    new Target("Comment form", commentForm(page), false),
                    new Target("Overview charts", "overview", false),
                    new Target("Staff dashboard", "staff", true));
            signIn(staff, portal.toString(), "staff-washington");
            for (Target target : targets) {
                Page p = target.staff() ? staff : page;
                for (String lang : LANGUAGES) {
                    for (int width : WIDTHS) {
                        current = target.name() + " " + lang + " " + width;
                        p.setViewportSize(width, 900);
                        String html = open(p, portal + target.path() + (target.path().contains("?") ? "&" : "?")
                                + "lang=" + lang);
                        check.accept(target, new Visit(p, lang, width, html));
                    }
                }
            }
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "layout-failure");
            Browser.screenshot(staff, "layout-failure-staff");
            throw new AssertionError("While checking " + current + ": " + e.getMessage(), e);
        } finally {
            page.context().close();
            staff.context().close();
        }
    }

    /** The comment form of a technology whose comment period is open, found as a resident finds it. */
    String commentForm(Page page) {
        open(page, portal + "comments/open");
        String technology = page.locator("main a:has-text('Real-time face recognition pilot')").first()
                .getAttribute("href");
        open(page, portal + technology.replaceFirst("^/", ""));
        return page.locator("main a:has-text('Comment on this technology')").first().getAttribute("href")
                .replaceFirst("^/", "");
    }
}
