package org.oversightportal.thirdparty;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.oversightportal.agencies.Agency;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.testsupport.ThirdPartyFixtures;
import org.oversightportal.thirdparty.ThirdPartyImport.Problem;
import org.oversightportal.thirdparty.ThirdPartyImport.ReportGroup;

/**
 * The round trip: the Atlas download of a portal with data, imported into an empty portal, gives the same
 * agencies and the same technologies, as unconfirmed third-party entries. Runs in its own profile (so its
 * own start of the application, on a database Flyway cleans again for the next test class), because it
 * empties the portal.
 */
@QuarkusTest
@TestProfile(AtlasRoundTripTest.EmptiedPortal.class)
class AtlasRoundTripTest {

    /** The test profile's settings, unchanged: a separate profile only so that emptying the portal stays here. */
    public static class EmptiedPortal implements QuarkusTestProfile {
    }

    record Reported(String agency, String technology) {
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void exportedAtlasCsvImportedIntoAnEmptyPortalGivesTheSameAgenciesAndTechnologiesUnconfirmed()
            throws IOException {
        byte[] file = given().get("/downloads/atlas-of-surveillance.csv").then().statusCode(200).extract().asByteArray();
        List<CSVRecord> rows = AtlasExchangeTest.parse(new String(file, StandardCharsets.UTF_8));
        assertThat(rows).hasSizeGreaterThan(20);
        Map<Reported, Long> exported = rows.stream().collect(Collectors.groupingBy(
                r -> new Reported(r.get("Agency"), r.get("Technology")), Collectors.counting()));
        Map<String, String> leaTypes = new HashMap<>();
        rows.forEach(r -> leaTypes.put(r.get("Agency"), r.get("Type of LEA")));

        Map<String, AgencyKind> kindsBefore = QuarkusTransaction.requiringNew().call(() -> Agency.<Agency>listAll()
                .stream().filter(a -> leaTypes.containsKey(a.name)).collect(Collectors.toMap(a -> a.name, a -> a.kind)));

        QuarkusTransaction.requiringNew().run(() -> Agency.getEntityManager()
                .createNativeQuery("truncate table third_party_entry, third_party_import, agency, vendor cascade")
                .executeUpdate());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Agency.count())).isZero();

        // Without "create agencies": nothing is imported, and every agency is in the report with its rows.
        ThirdPartyImport strict = ThirdPartyFixtures.importAndWait("atlas-of-surveillance.csv", file, false);
        assertThat(strict.created).isZero();
        assertThat(strict.unknownAgencies).isEqualTo(rows.size());
        Map<String, List<Long>> unknown = strict.groups(Problem.UNKNOWN_AGENCY).stream()
                .collect(Collectors.toMap(ReportGroup::value, ReportGroup::rows));
        assertThat(unknown.keySet()).isEqualTo(leaTypes.keySet());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(unknown.get(rows.get(i).get("Agency"))).contains((long) i + 2);
        }

        // With it: the same agencies, of the same kinds, and the same technologies, unconfirmed.
        ThirdPartyImport run = ThirdPartyFixtures.importAndWait("atlas-of-surveillance.csv", file, true);
        assertThat(run.created).isEqualTo(rows.size());
        assertThat(run.unknownAgencies + run.unmappable + run.badRows + run.duplicates).isZero();
        assertThat(run.agenciesCreated).isEqualTo(leaTypes.size());
        Map<Reported, Long> imported = QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry
                .<ThirdPartyEntry>list("select e from ThirdPartyEntry e join fetch e.agency").stream()
                .peek(e -> assertThat(e.status).isEqualTo(EntryStatus.UNCONFIRMED))
                .collect(Collectors.groupingBy(e -> new Reported(e.agency.name, e.category.atlasValue().orElseThrow()),
                        Collectors.counting())));
        assertThat(imported).isEqualTo(exported);
        Map<String, AgencyKind> kinds = QuarkusTransaction.requiringNew().call(() -> Agency.<Agency>listAll().stream()
                .collect(Collectors.toMap(a -> a.name, a -> a.kind)));
        assertThat(kinds).isEqualTo(kindsBefore);

        // The agencies' public pages show them as the third party's, unconfirmed.
        String slug = QuarkusTransaction.requiringNew().call(() -> Agency.<Agency>findAll().firstResult().slug);
        given().get("/agencies/" + slug).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("not confirmed by the agency"));

        // Importing the file again adds nothing.
        ThirdPartyImport again = ThirdPartyFixtures.importAndWait("atlas-of-surveillance.csv", file, true);
        assertThat(again.created).isZero();
        assertThat(again.duplicates).isEqualTo(rows.size());
        assertThat(Set.copyOf(QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry.<ThirdPartyEntry>listAll()
                .stream().map(e -> e.sourceId).toList()))).hasSize(rows.size());
    }
}
