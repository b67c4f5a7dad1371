package org.oversightportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which package may use which, checked on the compiled classes (ArchUnit): the table in docs/architecture.md, as
 * code. A feature uses another feature only through the types that feature publishes (its records, its services,
 * its code lists); the shell ({@code web}) and the shared kernel ({@code common}) use no feature at all.
 */
class ArchitectureTest {

    static final String ROOT = "org.oversightportal";

    /**
     * Each package's row: the packages it may use. {@code *} is any (the demo data fills every feature's tables).
     * The first four are infrastructure every feature may use; each of them uses only what its row says.
     */
    static final Map<String, Set<String>> MAY_USE = table(
            "common        :",
            "web           : common",
            "pagecache     : common web",
            "mail          : common",
            "agencies      : common web pagecache inventory thirdparty",
            "vendors       : common web pagecache inventory",
            "inventory     : common web pagecache agencies vendors comments reports",
            "comments      : common web pagecache mail agencies inventory",
            "reports       : common web pagecache mail agencies inventory board",
            "board         : common web pagecache agencies inventory comments reports",
            "exigent       : common web pagecache agencies inventory",
            "compliance    : common web pagecache agencies reports",
            "thirdparty    : common web pagecache agencies vendors inventory",
            "subscriptions : common web pagecache mail agencies vendors inventory opendata",
            "opendata      : common web pagecache agencies vendors inventory comments reports board thirdparty api",
            "api           : common web pagecache agencies vendors inventory comments reports board",
            "home          : common web pagecache inventory",
            "demo          : *");

    /** Infrastructure packages: everything public in them may be used by the packages whose row names them. */
    static final Set<String> INFRASTRUCTURE = Set.of("common", "web", "pagecache", "mail");

    /** What each feature publishes to the others: its records, code lists and services. Anything else is internal. */
    static final Map<String, Set<String>> PUBLISHED = table(
            "agencies      : Agency AgencyKind",
            "vendors       : Vendor",
            "inventory     : Disclosure DisclosureDraft DisclosureForm DisclosureService DisclosureSubmitted DisclosureMapper RecordToForm DisclosureLabels"
                    + " DraftLimits Parts RevisionInfo Category Capability ApprovalStatus HostingType LifecycleStatus"
                    + " NdaStatus InventoryFilter InventoryQuery InventoryPage InventoryRow",
            "comments      : CommentPeriod PublicComment CommentStatus RejectReason CommentService",
            "reports       : AnnualReport NonSuspects ReportParts Obligation Obligations ReportHistory",
            "board         : BoardReview Decision",
            "thirdparty    : ThirdPartyEntry AtlasFormat",
            "opendata      : FeedItems",
            "api           : OversightApi");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertThat(classes.size()).as("compiled classes found").isGreaterThan(200);
    }

    @Test
    void everyPackageHasARowInTheTable() {
        Set<String> packages = classes.stream().map(ArchitectureTest::packageOf).filter(p -> !p.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(MAY_USE.keySet()).as("packages in the table").containsAll(packages);
    }

    @Test
    void aPackageUsesOnlyThePackagesItsRowNamesAndOfAFeatureOnlyWhatItPublishes() {
        List<String> wrong = classes.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .filter(ArchitectureTest::notAllowed).map(ArchitectureTest::describe).distinct().sorted().toList();
        assertThat(wrong).as("uses the table does not allow (see docs/architecture.md)").isEmpty();
    }

    @Test
    void theShellAndTheSharedKernelUseNoFeature() {
        for (String shell : List.of("common", "web")) {
            List<String> wrong = classes.stream().filter(c -> packageOf(c).equals(shell))
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .filter(d -> isPortal(d.getTargetClass()) && !packageOf(d.getTargetClass()).equals(shell)
                            && !INFRASTRUCTURE.contains(packageOf(d.getTargetClass())))
                    .map(ArchitectureTest::describe).distinct().toList();
            assertThat(wrong).as("%s uses a feature", shell).isEmpty();
        }
    }

    static boolean notAllowed(Dependency d) {
        JavaClass target = d.getTargetClass();
        String from = packageOf(d.getOriginClass());
        String to = packageOf(target);
        if (!isPortal(target) || from.isEmpty() || from.equals(to) || to.isEmpty()) {
            return false;
        }
        Set<String> row = MAY_USE.getOrDefault(from, Set.of());
        if (row.contains("*")) {
            return false;
        }
        if (!row.contains(to)) {
            return true;
        }
        return !INFRASTRUCTURE.contains(to) && !PUBLISHED.getOrDefault(to, Set.of()).contains(topLevelName(target));
    }

    static String describe(Dependency d) {
        return topLevel(d.getOriginClass()) + " -> " + topLevel(d.getTargetClass());
    }

    static boolean isPortal(JavaClass c) {
        return c.getName().startsWith(ROOT + ".");
    }

    /** The first package below the root ({@code inventory} for org.oversightportal.inventory.X); "" for the root. */
    static String packageOf(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static String topLevel(JavaClass c) {
        String name = c.getName();
        int dollar = name.indexOf('$');
        return (dollar < 0 ? name : name.substring(0, dollar)).substring(ROOT.length() + 1);
    }

    static String topLevelName(JavaClass c) {
        String name = topLevel(c);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Map<String, Set<String>> table(String... rows) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String row : rows) {
            String[] parts = row.split(":", 2);
            table.put(parts[0].trim(), Arrays.stream(parts[1].trim().split("\\s+")).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        return table;
    }
}
