package org.oversightportal.agencies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The agency and vendor lists come a page at a time (a national registry has 20,000 agencies): walking the
 * "Next page" links shows every agency or vendor exactly once, in name order, with the total in the caption.
 */
@QuarkusTest
class DirectoryPagingTest {

    static final int EXTRA = 230;

    @Inject
    DataSource dataSource;

    @Test
    void walkingTheAgencyPagesShowsEveryAgencyOnceInNameOrder() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            insert(c, """
                    insert into agency (id, slug, name, kind, jurisdiction, created_at, updated_at)
                    values (?, ?, ?, 'POLICE', 'Paging County', now(), now())""");
            try {
                List<String> expected = slugs(c, "select slug from agency order by lower(name), slug");
                assertThat(expected.size()).isGreaterThan(2 * AgencyResource.PAGE);
                assertThat(walk("agencies", expected.size())).containsExactlyElementsOf(expected);
                assertThat(given().get("/agencies?after=no-such-agency").then().statusCode(200).extract().asString())
                        .as("an unknown starting point shows the first page")
                        .contains("href=\"/agencies/" + expected.get(0) + "\"");
            } finally {
                delete(c, "agency");
            }
        }
    }

    @Test
    void walkingTheVendorPagesShowsEveryVendorOnceInNameOrder() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            insert(c, "insert into vendor (id, slug, name, created_at, updated_at) values (?, ?, ?, now(), now())");
            try {
                List<String> expected = slugs(c, "select slug from vendor order by lower(name), slug");
                assertThat(expected.size()).isGreaterThan(2 * org.oversightportal.vendors.VendorResource.PAGE);
                assertThat(walk("vendors", expected.size())).containsExactlyElementsOf(expected);
            } finally {
                delete(c, "vendor");
            }
        }
    }

    /** Follows "Next page" from the first page; checks each page's size, caption and "First page" link. */
    private static List<String> walk(String list, int total) {
        // The row's own link (the vendor list also links each row's parent company).
        Pattern row = Pattern.compile("<th scope=\"row\"[^>]*><a href=\"/" + list + "/([a-z0-9-]+)\"");
        Pattern next = Pattern.compile("href=\"(/" + list + "\\?after=[a-z0-9-]+)\" rel=\"next\"");
        List<String> seen = new ArrayList<>();
        String url = "/" + list;
        int pages = 0;
        while (url != null) {
            String html = given().get(url).then().statusCode(200).extract().asString();
            assertThat(html).contains(String.format("%,d", total));
            assertThat(html.contains("href=\"/" + list + "\">")).as("a 'First page' link after the first page")
                    .isEqualTo(pages > 0);
            Matcher rows = row.matcher(html);
            int before = seen.size();
            while (rows.find()) {
                seen.add(rows.group(1));
            }
            assertThat(seen.size() - before).isBetween(1, 100);
            Matcher link = next.matcher(html);
            url = link.find() ? link.group(1) : null;
            pages++;
        }
        assertThat(pages).isEqualTo((total + 99) / 100);
        return seen;
    }

    private static void insert(Connection c, String sql) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < EXTRA; i++) {
                insert.setLong(1, 9_000_000L + i);
                // Mixed case and a shared prefix: the order is by name, case aside, then identifier.
                insert.setString(2, String.format("paging-%03d", i));
                insert.setString(3, (i % 2 == 0 ? "Paging " : "paging ") + String.format("%03d", i / 2));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void delete(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from " + table + " where id >= 9000000 and slug like 'paging-%'");
        }
    }

    private static List<String> slugs(Connection c, String sql) throws SQLException {
        List<String> slugs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                slugs.add(r.getString(1));
            }
        }
        return slugs;
    }
}
