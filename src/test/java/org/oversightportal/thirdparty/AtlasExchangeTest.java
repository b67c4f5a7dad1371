package org.oversightportal.thirdparty;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.DisclosureDraft;
import org.oversightportal.opendata.AtlasCsv;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;
import org.oversightportal.testsupport.ThirdPartyFixtures;
import org.oversightportal.thirdparty.ThirdPartyImport.Problem;
import org.oversightportal.thirdparty.ThirdPartyImport.ReportGroup;

/**
 * The Atlas of Surveillance exchange on the demo data: the download in the Atlas's shape, an import with
 * its report (nothing dropped silently, nothing added twice), refused files, and the agency's answer.
 */
@QuarkusTest
class AtlasExchangeTest {

    static final String HEADER = "AOSNUMBER,City,County,State,Agency,Type of LEA,Summary,Type of Juris,Technology,"
            + "Vendor,Link 1,Link 1 Source,Link 1 Date\n";

    @Test
    void theAtlasDownloadHasTheAtlasColumnsAndOnlyItsTechnologyValues() throws IOException {
        String body = given().get("/downloads/atlas-of-surveillance.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<CSVRecord> rows = parse(body);
        long exchanged = QuarkusTransaction.requiringNew().call(() -> Disclosure.count("category in ?1",
                java.util.Arrays.stream(Category.values()).filter(c -> c.atlasValue().isPresent()).toList()));
        assertThat(rows).hasSize((int) exchanged).isNotEmpty();
        for (CSVRecord row : rows) {
            assertThat(Category.fromAtlas(row.get("Technology"))).as(row.get("Technology")).isPresent();
            assertThat(row.get("AOSNUMBER")).startsWith(AtlasCsv.ID_PREFIX);
            assertThat(row.get("Link 1")).contains("/technologies/");
        }
        CSVRecord washington = rows.stream().filter(r -> r.get("Agency").equals("Washington County Sheriff's Office"))
                .findFirst().orElseThrow();
        assertThat(washington.get("County")).isEqualTo("Washington County");
        assertThat(washington.get("State")).isEqualTo("OR");
        assertThat(washington.get("Type of LEA")).isEqualTo("Sheriff");
        assertThat(rows).anyMatch(r -> r.get("Agency").equals("Orlando Police Department")
                && r.get("City").equals("Orlando") && r.get("State").equals("FL")
                && r.get("Technology").equals("Face Recognition"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownAgenciesUnmappableValuesAndBadRowsAreReportedWithTheirRowsAndReimportAddsNothing() {
        String csv = HEADER
                + "AOS-T1,Orlando,,FL,Orlando Police Department,Police,Drones for searches,Municipal,Drones,Skydio,"
                + "https://example.org/drones,News,2024-05-01\n"
                + "AOS-T2,Nowhere,,TX,Nowhere Police Department,Police,,Municipal,ALPR,Flock Safety,,,\n"
                + "AOS-T3,Orlando,,FL,Orlando Police Department,Police,,Municipal,Robot Dogs,,,,\n"
                + "AOS-T4,Orlando,,FL,,Police,,Municipal,ALPR,,,,\n"
                + "AOS-T5,Nowhere,,TX,Nowhere Police Department,Police,,Municipal,Face Recognition,,,,\n"
                + "AOS-T6,Orlando,,FL,orlando police department ,Police,,Municipal,fusion center,,,,\n"
                + "AOS-T7,Orlando,,FL,Orlando Police Department,Police\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        ThirdPartyImport run = ThirdPartyFixtures.importAndWait("report-test.csv", file, false);

        assertThat(run.status).isEqualTo(ImportStatus.FINISHED);
        assertThat(run.totalRows).isEqualTo(7);
        assertThat(run.processedRows).isEqualTo(7);
        assertThat(run.created).isEqualTo(2);
        assertThat(run.unknownAgencies).isEqualTo(2);
        assertThat(run.unmappable).isEqualTo(1);
        assertThat(run.badRows).isEqualTo(2);
        assertThat(run.groups(Problem.UNKNOWN_AGENCY))
                .containsExactly(new ReportGroup(Problem.UNKNOWN_AGENCY, "Nowhere Police Department", List.of(3L, 6L)));
        assertThat(run.groups(Problem.UNMAPPABLE_TECHNOLOGY))
                .containsExactly(new ReportGroup(Problem.UNMAPPABLE_TECHNOLOGY, "Robot Dogs", List.of(4L)));
        assertThat(run.groups(Problem.BAD_ROW)).flatExtracting(ReportGroup::rows).containsExactlyInAnyOrder(5L, 8L);

        ThirdPartyEntry drones = QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry
                .<ThirdPartyEntry>find("sourceId", "AOS-T1").singleResult());
        assertThat(drones.category).isEqualTo(Category.DRONES_AND_ROBOTS);
        assertThat(drones.status).isEqualTo(EntryStatus.UNCONFIRMED);
        assertThat(drones.vendorName).isEqualTo("Skydio");
        assertThat(drones.links).singleElement().satisfies(l -> assertThat(l.url()).isEqualTo("https://example.org/drones"));
        ThirdPartyEntry fusion = QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry
                .<ThirdPartyEntry>find("sourceId", "AOS-T6").singleResult());
        assertThat(fusion.category).isEqualTo(Category.REAL_TIME_CRIME_CENTERS);

        given().get("/admin/third-party-imports/" + run.id).then().statusCode(200)
                .body(containsString("Nowhere Police Department"), containsString("Robot Dogs"),
                        containsString("3, 6"), not(containsString("import-refresh")));

        long before = QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry.count());
        ThirdPartyImport again = ThirdPartyFixtures.importAndWait("report-test.csv", file, false);
        assertThat(again.created).isZero();
        assertThat(again.duplicates).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry.count())).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and targetId = ?2",
                "third-party-import.finish", String.valueOf(run.id)))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theStatusEndpointReportsProcessedOfTotalUntilEveryRowIsProcessed() throws InterruptedException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 450; i++) {
            // An agency the portal does not have: every row is read and reported, none adds an entry.
            csv.append("AOS-P").append(i).append(",,,,Progress Test Police Department,Police,,,ALPR,,,,\n");
        }
        Response upload = ThirdPartyFixtures.upload("progress.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                false);
        assertThat(upload.statusCode()).isEqualTo(303);
        String status = upload.header("Location") + "/status";
        int last = -1;
        Map<String, Object> seen;
        do {
            seen = given().get(status).then().statusCode(200).header("Cache-Control", "no-store").extract()
                    .jsonPath().getMap("");
            int processed = (Integer) seen.get("processed");
            assertThat(seen.get("total")).isEqualTo(450);
            assertThat(processed).isBetween(last, 450);
            last = processed;
            Thread.sleep(100);
        } while (!Boolean.TRUE.equals(seen.get("finished")));
        assertThat(seen).containsEntry("status", "finished").containsEntry("processed", 450)
                .containsEntry("percent", 100);
        long id = Long.parseLong(status.replaceAll(".*/(\\d+)/status$", "$1"));
        ThirdPartyImport run = QuarkusTransaction.requiringNew().call(() -> ThirdPartyImport.findById(id));
        assertThat(run.unknownAgencies).isEqualTo(450);
        assertThat(run.groups(Problem.UNKNOWN_AGENCY)).singleElement().satisfies(g -> assertThat(g.rows()).hasSize(450));
    }

    @TestSecurity(user = "admin", roles = "admin")
    void theStatusEndpointEndsWithEveryRowProcessed() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 450; i++) {
            // An agency the portal does not have: every row is read and reported, none adds an entry.
            csv.append("AOS-P").append(i).append(",,,,Progress Test Police Department,Police,,,ALPR,,,,\n");
        }
        ThirdPartyImport run = ThirdPartyFixtures.importAndWait("progress.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), false);
        Map<String, Object> status = given().get("/admin/third-party-imports/" + run.id + "/status").then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertThat(status).containsEntry("status", "finished").containsEntry("processed", 450)
                .containsEntry("total", 450).containsEntry("percent", 100).containsEntry("finished", true);
        assertThat(run.unknownAgencies).isEqualTo(450);
        assertThat(run.groups(Problem.UNKNOWN_AGENCY)).singleElement().satisfies(g -> assertThat(g.rows()).hasSize(450));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void badFilesAreRefusedOnThePageWithAReason() {
        ThirdPartyFixtures.upload("photo.csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, 1 }, false)
                .then().statusCode(422).body(containsString("not a CSV file"), not(containsString("Exception")));
        ThirdPartyFixtures.upload("other.csv", "name,value\na,b\n".getBytes(StandardCharsets.UTF_8), false)
                .then().statusCode(422).body(containsString("lacks these columns: Agency, Technology"));
        ThirdPartyFixtures.upload("empty.csv", new byte[0], false).then().statusCode(422)
                .body(containsString("The file is empty"));
        ThirdPartyFixtures.upload("header.csv", HEADER.getBytes(StandardCharsets.UTF_8), false).then().statusCode(422)
                .body(containsString("has a header but no rows"));
        ThirdPartyFixtures.upload("broken.csv", (HEADER + "\"AOS-1,unclosed quote\n").getBytes(StandardCharsets.UTF_8),
                false).then().statusCode(422).body(containsString("could not be read as CSV"));
        byte[] huge = new byte[(int) AtlasImporter.MAX_BYTES + 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        ThirdPartyFixtures.upload("huge.csv", huge, false).then().statusCode(422)
                .body(containsString("larger than 20 MB"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anUploadWithoutACsrfTokenIsRefused() {
        FormSession form = FormSession.open("/admin/third-party-imports");
        given().cookie(FormSession.COOKIE, form.cookie).multiPart("file", "x.csv", HEADER.getBytes(), "text/csv")
                .post("/admin/third-party-imports").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(403)));
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void confirmingOpensAPrefilledDraftOfTheStaffMembersOwnAgency() {
        long id = ThirdPartyFixtures.entry(Identities.WASHINGTON, Category.AUTOMATED_LICENSE_PLATE_READERS,
                "Flock Safety", "Fixed plate readers on county roads");
        Response confirmed = FormSession.open("/staff/third-party").post(Map.of())
                .post("/staff/third-party/" + id + "/confirm");
        assertThat(confirmed.statusCode()).isEqualTo(303);
        String location = confirmed.header("Location");
        assertThat(location).matches(".*/staff/drafts/\\d+$");
        long draftId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        DisclosureDraft draft = QuarkusTransaction.requiringNew().call(() -> {
            DisclosureDraft d = DisclosureDraft.findById(draftId);
            d.agency.slug.length(); // loaded while the session is open
            return d;
        });
        assertThat(draft.agency.slug).isEqualTo(Identities.WASHINGTON);
        assertThat(draft.form.name).isEqualTo("Fixed plate readers on county roads");
        assertThat(draft.form.category).isEqualTo("automated_license_plate_readers");
        assertThat(draft.form.vendor).isEqualTo("flock-safety");
        assertThat(draft.form.description).contains("Atlas of Surveillance");
        assertThat(draft.form.sourceLinks).extracting(l -> l.url).containsExactly("https://atlasofsurveillance.org/");
        given().get("/staff/drafts/" + draftId).then().statusCode(200)
                .body(containsString("Fixed plate readers on county roads"));
        ThirdPartyEntry entry = QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry.findById(id));
        assertThat(entry.status).isEqualTo(EntryStatus.CONFIRMED);
        assertThat(entry.draftId).isEqualTo(draftId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and targetId = ?2",
                "third-party-entry.confirm", String.valueOf(id)))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void disputingNeedsAReasonWhichIsThenShownPublicly() {
        long id = ThirdPartyFixtures.entry(Identities.WASHINGTON, Category.GUNSHOT_DETECTION, "SoundThinking",
                "Gunshot sensors downtown");
        given().get("/agencies/" + Identities.WASHINGTON).then().statusCode(200)
                .body(containsString("not confirmed by the agency"), containsString("Gunshot sensors downtown"));
        FormSession form = FormSession.open("/staff/third-party");
        form.post(Map.of("reason", "   ")).post("/staff/third-party/" + id + "/dispute").then().statusCode(422)
                .body(containsString("Give the reason the report is wrong"), containsString("aria-invalid=\"true\""));
        form.post(Map.of("reason", "x".repeat(ThirdPartyService.MAX_REASON + 1)))
                .post("/staff/third-party/" + id + "/dispute").then().statusCode(422);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry.<ThirdPartyEntry>findById(id).status))
                .isEqualTo(EntryStatus.UNCONFIRMED);
        form.post(Map.of("reason", "We never bought <sensors> & never will"))
                .post("/staff/third-party/" + id + "/dispute").then().statusCode(303);
        given().get("/agencies/" + Identities.WASHINGTON).then().statusCode(200)
                .body(containsString("Disputed by the agency"),
                        containsString("We never bought &lt;sensors&gt; &amp; never will"));
        given().get("/third-party-reports?status=disputed").then().statusCode(200)
                .body(containsString("We never bought &lt;sensors&gt;"));
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void staffOfAnotherAgencyCannotConfirmOrDisputeItsEntries() {
        long orlandos = ThirdPartyFixtures.entry(Identities.ORLANDO, Category.FACE_RECOGNITION, null, "Orlando's entry");
        FormSession form = FormSession.open("/staff/disclosures/new");
        assertThat(form.post(Map.of()).post("/staff/third-party/" + orlandos + "/confirm").statusCode()).isEqualTo(403);
        assertThat(form.post(Map.of("reason", "Not ours")).post("/staff/third-party/" + orlandos + "/dispute")
                .statusCode()).isEqualTo(403);
        given().get("/staff/third-party").then().statusCode(200).body(not(containsString("Orlando&#39;s entry")),
                not(containsString("Orlando's entry")));
        ThirdPartyEntry entry = QuarkusTransaction.requiringNew().call(() -> ThirdPartyEntry.findById(orlandos));
        assertThat(entry.status).isEqualTo(EntryStatus.UNCONFIRMED);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and targetId = ?2 and outcome = ?3", "third-party-entry.confirm", String.valueOf(orlandos),
                AuditEntry.Outcome.DENIED))).isEqualTo(1);
    }

    @Test
    void theInventoryDoesNotMixThirdPartyEntriesWithDisclosures() {
        ThirdPartyFixtures.entry("harbor-city-police", Category.PREDICTIVE_POLICING, null, "Zz reported forecasting tool");
        given().get("/technologies?agency=harbor-city-police").then().statusCode(200)
                .body(not(containsString("Zz reported forecasting tool")));
        given().get("/agencies/harbor-city-police").then().statusCode(200)
                .body(containsString("Zz reported forecasting tool"), containsString("Reported by third parties"));
        given().get("/third-party-reports?status=unconfirmed").then().statusCode(200)
                .body(containsString("Zz reported forecasting tool"));
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(AtlasCsv.COLUMNS);
            return parser.getRecords();
        }
    }
}
