package org.oversightportal.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a page a browser journey has reached, in two ways: axe-core inside Chromium (WCAG 2.0/2.1
 * A and AA rules) and the Nu HTML checker on the HTML the portal sent. Every check is added to a
 * report, target/quality-report/pages.html, which names each page and what was found on it; a
 * check that finds anything fails the journey.
 */
public final class PageAudit {

    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    static final Path REPORT_DIR = Path.of("target/quality-report");
    static final String AXE_RUN = """
            () => axe.run(document, { runOnly: { type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                .then(r => JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) }))))""";

    /** What one check found. */
    public record Result(String label, String url, List<String> axe, List<String> html) {
        public boolean clean() {
            return axe.isEmpty() && html.isEmpty();
        }
    }

    private static final List<Result> RESULTS = new ArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    private PageAudit() {
    }

    /**
     * Audits the page as it is now; {@code html} is the document as the server sent it (what the
     * Nu checker reads). Fails with everything found, after recording it in the report.
     */
    public static Result check(Page page, String label, String html) {
        Result result = findings(page, label, html);
        record(result);
        if (!result.clean()) {
            throw new AssertionError("Page '" + label + "' (" + page.url() + ") fails its checks:\n"
                    + String.join("\n", result.axe()) + (result.html().isEmpty() ? "" : "\nHTML: ")
                    + String.join("\nHTML: ", result.html()) + "\n(see target/quality-report/pages.html)");
        }
        return result;
    }

    /** What axe-core and the Nu checker find on the page, without recording or failing. */
    public static Result findings(Page page, String label, String html) {
        page.evaluate(axe());
        List<String> axe = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree((String) page.evaluate(AXE_RUN))) {
                StringBuilder line = new StringBuilder(v.get("id").asText()).append(" (")
                        .append(v.get("impact").asText()).append("): ").append(v.get("help").asText());
                v.get("nodes").forEach(n -> line.append("\n    ").append(n.asText()));
                axe.add(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(label, page.url(), axe, HtmlChecker.errors(html));
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try {
                axeSource = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing: the build installs it with npm ci", e);
            }
        }
        return axeSource;
    }

    private static synchronized void record(Result result) {
        RESULTS.add(result);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page checks</title>
                <style>body{font-family:sans-serif;margin:2rem}td,th{border:1px solid #999;padding:.3rem;
                vertical-align:top;text-align:left}table{border-collapse:collapse}.bad{background:#fdd}
                pre{white-space:pre-wrap;margin:0}</style></head><body><h1>Accessibility (axe-core, WCAG 2.1 A/AA)
                and HTML (Nu checker) results</h1><table><thead><tr><th>Page</th><th>Address</th>
                <th>axe violations</th><th>Nu errors</th></tr></thead><tbody>
                """);
        StringBuilder text = new StringBuilder();
        for (Result r : RESULTS) {
            html.append(r.clean() ? "<tr>" : "<tr class=\"bad\">").append("<td>").append(escape(r.label()))
                    .append("</td><td>").append(escape(r.url())).append("</td><td>").append(r.axe().size())
                    .append(cell(r.axe())).append("</td><td>").append(r.html().size()).append(cell(r.html()))
                    .append("</td></tr>\n");
            text.append(r.clean() ? "OK   " : "FAIL ").append(r.label()).append("  ").append(r.url())
                    .append("  axe=").append(r.axe().size()).append(" nu=").append(r.html().size()).append('\n');
            r.axe().forEach(a -> text.append("     axe: ").append(a).append('\n'));
            r.html().forEach(h -> text.append("     nu:  ").append(h).append('\n'));
        }
        html.append("</tbody></table></body></html>\n");
        try {
            Files.createDirectories(REPORT_DIR);
            Files.writeString(REPORT_DIR.resolve("pages.html"), html, StandardCharsets.UTF_8);
            Files.writeString(REPORT_DIR.resolve("pages.txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(List<String> lines) {
        return lines.isEmpty() ? "" : "<pre>" + escape(String.join("\n", lines)) + "</pre>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
