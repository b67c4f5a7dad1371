package org.oversightportal.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.testsupport.FormSession;

/**
 * The bulk archive: one CSV and one JSON file per download and the data dictionary, the same records
 * as the single downloads, never an email address of a commenter or subscriber; served with its build
 * time, rebuilt on request, and built by one instance at a time.
 */
@QuarkusTest
class BulkDownloadTest {

    @Inject
    BulkDownloads bulk;

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void theArchiveHoldsEveryDownloadAsCsvAndJsonWithTheSameRowsAndADictionary() throws Exception {
        // A pending comment with an address, and a subscriber: neither address may reach the archive.
        String secret = "never-exported-" + System.nanoTime() + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> {
            var s = new org.oversightportal.subscriptions.Subscription();
            s.email = secret;
            s.topic = "decisions";
            s.scopeKind = "all";
            s.frequency = "weekly";
            s.locale = "en";
            s.token = "tok" + System.nanoTime() + "xxxxxxxxxxxxxxxxxx";
            s.createdAt = Instant.now();
            s.confirmedAt = Instant.now();
            s.persist();
        });

        BulkDownload built = bulk.buildNow("test").orElseThrow();
        assertThat(built.status).isEqualTo(BulkDownload.READY);

        Response r = given().get("/downloads/bulk.zip");
        r.then().statusCode(200).contentType("application/zip").header("ETag", "\"" + built.sha256 + "\"");
        byte[] zip = r.asByteArray();
        assertThat((long) zip.length).isEqualTo(built.sizeBytes).isEqualTo(Long.parseLong(r.header("Content-Length")));
        given().header("If-None-Match", "\"" + built.sha256 + "\"").get("/downloads/bulk.zip").then().statusCode(304);

        Map<String, byte[]> files = unzip(zip);
        List<String> expected = new java.util.ArrayList<>();
        for (DataResource.Download d : DataResource.ARCHIVED) {
            expected.add(d.id() + ".csv");
            expected.add(d.id() + ".json");
        }
        expected.add("dictionary.csv");
        assertThat(files.keySet()).containsExactlyElementsOf(expected);

        ObjectMapper mapper = new ObjectMapper();
        for (DataResource.Download d : DataResource.ARCHIVED) {
            String csvText = new String(files.get(d.id() + ".csv"), StandardCharsets.UTF_8);
            List<CSVRecord> csv = InventoryCsvTest.parse(csvText);
            JsonNode json = mapper.readTree(files.get(d.id() + ".json"));
            assertThat(json.isArray()).isTrue();
            assertThat(json.size()).as(d.id() + ": CSV and JSON rows").isEqualTo(csv.size());
            List<CSVRecord> single = InventoryCsvTest.parse(given().get(d.path()).then().statusCode(200).extract().asString());
            assertThat(csv.size()).as(d.id() + ": archive and single download").isEqualTo(single.size());
            if (!csv.isEmpty()) {
                assertThat(csv.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(d.columns());
                List<String> keys = new java.util.ArrayList<>();
                json.get(0).fieldNames().forEachRemaining(keys::add);
                assertThat(keys).containsExactlyElementsOf(d.columns());
            }
            assertThat(csvText).doesNotContain(secret).doesNotContain("@example.org\",\"pending");
        }
        assertThat(new String(zip, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(files.get("technologies.json").length).isGreaterThan(1000);
        JsonNode tech = mapper.readTree(files.get("technologies.json")).get(0);
        assertThat(tech.get("in_use_without_approval").isBoolean()).as("booleans stay booleans in JSON").isTrue();

        List<CSVRecord> dictionary = InventoryCsvTest.parse(new String(files.get("dictionary.csv"), StandardCharsets.UTF_8));
        int columns = DataResource.ARCHIVED.stream().mapToInt(d -> d.columns().size()).sum();
        assertThat(dictionary).hasSize(2 * columns)
                .allSatisfy(row -> assertThat(row.get("meaning_en")).as(row.get("file") + " " + row.get("column")).hasSizeGreaterThan(5))
                .allSatisfy(row -> assertThat(row.get("meaning_es")).as(row.get("file") + " " + row.get("column")).hasSizeGreaterThan(5));

        String page = given().get("/data").then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select("a[href=/downloads/bulk.zip]").text()).startsWith("Download the full archive (ZIP, ");
        assertThat(Jsoup.parse(page).select("#bulk ~ p").text()).contains("Built ");
        assertThat(Jsoup.parse(page).select("form[action=/data/bulk]")).as("only administrators see the button").isEmpty();
    }

    @Test
    void onlyOneBuildRunsAtATime() {
        Long running = QuarkusTransaction.requiringNew().call(() -> {
            BulkDownload b = new BulkDownload();
            b.status = BulkDownload.BUILDING;
            b.requestedBy = "another instance";
            b.startedAt = Instant.now();
            b.persist();
            return b.id;
        });
        try {
            assertThat(bulk.buildNow("test")).as("refused while another build runs").isEmpty();
            assertThat(bulk.requestBuild("test")).isFalse();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> BulkDownload.deleteById(running));
        }
        assertThat(bulk.buildNow("test")).isPresent();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorRebuildsTheArchiveOnDemand() throws InterruptedException {
        long before = QuarkusTransaction.requiringNew().call(() -> BulkDownload.latestReady().map(b -> b.id).orElse(0L));
        String page = given().get("/data").then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select("form[action=/data/bulk] button").text()).isEqualTo("Rebuild the archive now");
        FormSession.open("/data").post(Map.of()).post("/data/bulk").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/data?rebuilding=true#bulk"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long after = before;
        while (after == before && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            after = QuarkusTransaction.requiringNew().call(() -> BulkDownload.latestReady().map(b -> b.id).orElse(0L));
        }
        assertThat(after).as("a new archive replaced the old").isNotEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and actor = ?2", "bulk-download.requested", "admin"))).isPositive();
        assertThat(QuarkusTransaction.requiringNew().call(() -> BulkDownload.count("status", BulkDownload.READY)))
                .as("older archives are deleted").isEqualTo(1);
    }
}
