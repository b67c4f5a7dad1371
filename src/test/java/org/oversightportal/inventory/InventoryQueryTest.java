package org.oversightportal.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.vendors.Vendor;

/**
 * Every inventory filter and the text search return exactly the rows they should, checked against
 * the disclosures themselves filtered in Java; and paging through a view returns every row once.
 */
@QuarkusTest
class InventoryQueryTest {

    /** A disclosure as the oracle sees it, read with its associations. */
    record Row(long id, String agency, AgencyKind kind, Category category, String vendor, String vendorParent,
            String hosting, NdaStatus nda, LifecycleStatus status, Set<Capability> capabilities, String text) {
    }

    @Inject
    InventoryQuery inventory;

    List<Row> all;

    @BeforeEach
    void readEverything() {
        all = QuarkusTransaction.requiringNew().call(() -> Disclosure.<Disclosure>list("""
                select d from Disclosure d join fetch d.agency left join fetch d.vendor v left join fetch v.parent
                left join fetch d.hostingProvider""").stream().map(d -> new Row(d.id, d.agency.slug, d.agency.kind,
                d.category, d.vendor == null ? null : d.vendor.slug,
                d.vendor == null || d.vendor.parent == null ? null : d.vendor.parent.slug,
                d.hostingProvider == null ? null : d.hostingProvider.slug, d.ndaStatus, d.lifecycleStatus,
                d.capabilities(), String.join(" ", d.name, nz(d.product), d.purpose, d.dataTypes, d.description)
                        .toLowerCase(Locale.ROOT)))
                .toList());
        assertThat(all).hasSizeGreaterThan(200);
    }

    @Test
    void everyFilterValueReturnsExactlyTheMatchingDisclosures() {
        for (AgencyKind kind : AgencyKind.values()) {
            check(filter("kind", kind.code()), r -> r.kind() == kind);
        }
        for (Category category : Category.values()) {
            check(filter("category", category.code()), r -> r.category() == category);
        }
        for (NdaStatus nda : NdaStatus.values()) {
            check(filter("nda", nda.code()), r -> r.nda() == nda);
        }
        for (LifecycleStatus status : LifecycleStatus.values()) {
            check(filter("status", status.code()), r -> r.status() == status);
        }
        for (Capability capability : Capability.values()) {
            check(filter("capability", capability.code()), r -> r.capabilities().contains(capability));
        }
        for (String agency : List.of("washington-county-sheriff", "orlando-police", "harbor-city-police",
                "riverton-police")) {
            check(filter("agency", agency), r -> r.agency().equals(agency));
        }
        for (String hosting : List.of("amazon-web-services", "microsoft-azure", "google-cloud")) {
            check(filter("hosting", hosting), r -> hosting.equals(r.hosting()));
        }
    }

    @Test
    void vendorFilterIncludesEverySubsidiary() {
        List<Vendor> vendors = QuarkusTransaction.requiringNew().call(() -> Vendor.listByName());
        for (Vendor v : vendors) {
            check(filter("vendor", v.slug), r -> v.slug.equals(r.vendor()) || v.slug.equals(r.vendorParent()));
        }
        // Flock Safety owns Lucidus Tech: the San Diego jail tool counts as a Flock product.
        List<String> flock = slugs(all(filter("vendor", "flock-safety")));
        assertThat(flock).contains("san-diego-county-sheriff-jail-intelligence-platform",
                "harbor-city-police-automated-license-plate-readers");
    }

    @Test
    void filtersCombine() {
        InventoryFilter f = InventoryFilter.parse(null, null, "police", null, null, "amazon-web-services", null,
                "in_use", null, null, null);
        check(f, r -> r.kind() == AgencyKind.POLICE && "amazon-web-services".equals(r.hosting())
                && r.status() == LifecycleStatus.IN_USE);
    }

    @Test
    void textSearchFindsWordsInNameProductPurposeDataAndDescription() {
        check(filter("q", "Rekognition"), r -> r.text().contains("rekognition"));
        check(filter("q", "mugshots"), r -> r.text().contains("mugshot"));
        check(filter("q", "transcribes"), r -> r.text().contains("transcrib"));
        assertThat(slugs(all(filter("q", "Rekognition")))).contains(
                "washington-county-sheriff-face-recognition-search-of-booking-photos",
                "orlando-police-real-time-face-recognition-pilot");
    }

    @Test
    void pagingThroughAViewReturnsEveryRowExactlyOnceInEverySortOrder() {
        for (String sort : List.of("name", "newest")) {
            InventoryFilter f = InventoryFilter.parse(null, null, null, null, null, null, null, null, null, sort, null);
            List<Long> ids = idsPaged(f, 7);
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(new HashSet<>(ids)).isEqualTo(all.stream().map(Row::id).collect(Collectors.toSet()));
        }
        InventoryFilter search = InventoryFilter.parse("generated", null, null, null, null, null, null, null, null,
                "relevance", null);
        List<Long> ids = idsPaged(search, 9);
        assertThat(ids).doesNotHaveDuplicates().hasSize((int) inventory.count(search)).hasSizeGreaterThan(100);
    }

    @Test
    void searchByRelevanceListsNameAndProductMatchesBeforeMatchesOnlyInTheText() {
        boolean bothKinds = false;
        for (String word : List.of("rekognition", "recognition", "license", "drone", "camera")) {
            List<InventoryRow> rows = all(filter("q", word));
            List<Boolean> inTitle = rows.stream()
                    .map(r -> (r.name() + " " + nz(r.product())).toLowerCase(Locale.ROOT).contains(word)).toList();
            int firstOther = inTitle.indexOf(false);
            assertThat(firstOther == -1 ? List.of() : inTitle.subList(firstOther, inTitle.size()))
                    .as("results for %s after the first that has it only in its text", word).doesNotContain(true);
            bothKinds |= firstOther > 0;
        }
        assertThat(bothKinds).as("some word is in both names and other text").isTrue();
    }

    @Test
    void aTextSearchDiscouragesTableAndIndexScansForItsOwnTransactionOnly() {
        // Inside a caller's transaction the search joins it, and the setting holds until it ends.
        String during = QuarkusTransaction.requiringNew().call(() -> {
            inventory.page(filter("q", "mugshots"));
            return seqscanSetting();
        });
        assertThat(during).isEqualTo("off/off");
        // On its own the search has a transaction of its own; the pool's connection comes back as it was.
        assertThat(inventory.page(filter("q", "mugshots")).rows()).isNotEmpty();
        assertThat(inventory.count(filter("q", "mugshots"))).isPositive();
        assertThat(QuarkusTransaction.requiringNew().call(InventoryQueryTest::seqscanSetting)).isEqualTo("on/on");
        // Without text the planner keeps its own choice.
        String plain = QuarkusTransaction.requiringNew().call(() -> {
            inventory.page(filter("kind", AgencyKind.values()[0].code()));
            return seqscanSetting();
        });
        assertThat(plain).isEqualTo("on/on");
    }

    @Test
    void theWholeInventorysTotalFollowsEveryInsertDeleteAndTruncate() {
        InventoryFilter everything = InventoryFilter.parse(null, null, null, null, null, null, null, null, null, null,
                null);
        assertThat(inventory.count(everything)).isEqualTo(all.size());
        // Rolled back at the end, so the other tests see the fixtures as they were.
        QuarkusTransaction.begin();
        try {
            var em = Disclosure.getEntityManager();
            em.createNativeQuery("create temp table copies on commit drop as select * from disclosure order by id"
                    + " limit 3").executeUpdate();
            em.createNativeQuery("update copies set id = id + 900000000, slug = slug || '-copy'").executeUpdate();
            String columns = (String) em.createNativeQuery("select string_agg(quote_ident(column_name), ', ' order by"
                    + " ordinal_position) from information_schema.columns where table_name = 'disclosure'"
                    + " and table_schema = current_schema() and is_generated = 'NEVER'").getSingleResult();
            em.createNativeQuery("insert into disclosure (" + columns + ") select " + columns + " from copies")
                    .executeUpdate();
            assertThat(inventory.count(everything)).as("after inserting three").isEqualTo(all.size() + 3);
            em.createNativeQuery("delete from disclosure where id in (select id from copies order by id limit 2)")
                    .executeUpdate();
            assertThat(inventory.count(everything)).as("after deleting two").isEqualTo(all.size() + 1);
            assertThat(inventory.count(everything)).as("the kept total is the rows' own count")
                    .isEqualTo(((Number) em.createNativeQuery("select count(*) from disclosure").getSingleResult())
                            .longValue());
            em.createNativeQuery("truncate disclosure cascade").executeUpdate();
            assertThat(inventory.count(everything)).as("after truncating").isZero();
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(inventory.count(everything)).as("after the rollback").isEqualTo(all.size());
    }

    /** The two planner settings a text search turns off, as "seqscan/indexscan". */
    private static String seqscanSetting() {
        Object[] settings = (Object[]) Disclosure.getEntityManager().createNativeQuery(
                "select current_setting('enable_seqscan'), current_setting('enable_indexscan')").getSingleResult();
        return settings[0] + "/" + settings[1];
    }

    @Test
    void theInventoryPageAppliesFiltersFromTheAddressAndKeepsThemInTheForm() {
        given().get("/technologies?category=face_recognition&nda=signed_withheld").then().statusCode(200)
                .body(containsString("Face recognition search of booking photos"))
                .body(containsString("<option value=\"face_recognition\" selected>"))
                .body(containsString("<option value=\"signed_withheld\" selected>"));
    }

    @Test
    void unknownFilterValuesAreIgnoredWithAMessageNotAnError() {
        given().get("/technologies?category=teleportation&after=garbage&sort=sideways").then().statusCode(200)
                .body(containsString("was not recognised"));
    }

    private void check(InventoryFilter f, Predicate<Row> expected) {
        Set<Long> want = all.stream().filter(expected).map(Row::id).collect(Collectors.toSet());
        List<InventoryRow> got = all(f);
        assertThat(got.stream().map(InventoryRow::id).toList()).as("view %s", f.params())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(want);
        assertThat(inventory.count(f)).as("count of %s", f.params()).isEqualTo(want.size());
    }

    private List<InventoryRow> all(InventoryFilter f) {
        List<InventoryRow> rows = new ArrayList<>();
        for (InventoryPage page = inventory.page(f, 50); ; page = inventory.page(f.withAfter(page.nextCursor()), 50)) {
            rows.addAll(page.rows());
            if (page.nextCursor() == null) {
                return rows;
            }
        }
    }

    private List<Long> idsPaged(InventoryFilter f, int size) {
        List<Long> ids = new ArrayList<>();
        for (InventoryPage page = inventory.page(f, size); ; page = inventory.page(f.withAfter(page.nextCursor()), size)) {
            page.rows().forEach(r -> ids.add(r.id()));
            if (page.nextCursor() == null) {
                return ids;
            }
        }
    }

    private static InventoryFilter filter(String name, String value) {
        return InventoryFilter.parse(name.equals("q") ? value : null, name.equals("agency") ? value : null,
                name.equals("kind") ? value : null, name.equals("category") ? value : null,
                name.equals("vendor") ? value : null, name.equals("hosting") ? value : null,
                name.equals("nda") ? value : null, name.equals("status") ? value : null,
                name.equals("capability") ? value : null, null, null);
    }

    private static List<String> slugs(List<InventoryRow> rows) {
        return rows.stream().map(InventoryRow::slug).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
