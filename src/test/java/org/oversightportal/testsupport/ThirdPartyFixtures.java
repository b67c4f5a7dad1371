package org.oversightportal.testsupport;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.oversightportal.agencies.Agency;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.Parts.SourceLink;
import org.oversightportal.thirdparty.EntryStatus;
import org.oversightportal.thirdparty.ImportStatus;
import org.oversightportal.thirdparty.ThirdPartyEntry;
import org.oversightportal.thirdparty.ThirdPartyImport;

/** Third-party entries and imports set up directly, and an Atlas CSV uploaded as a browser would. */
public final class ThirdPartyFixtures {

    private ThirdPartyFixtures() {
    }

    /** An unconfirmed Atlas entry about the agency; returns its id. */
    public static long entry(String agencySlug, Category category, String vendorName, String summary) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ThirdPartyEntry e = new ThirdPartyEntry();
            e.source = ThirdPartyEntry.ATLAS;
            e.sourceId = "TEST-" + System.nanoTime();
            e.agency = Agency.findBySlug(agencySlug).orElseThrow();
            e.technology = category.atlasValue().orElseThrow();
            e.category = category;
            e.vendorName = vendorName;
            e.summary = summary;
            e.links = List.of(new SourceLink("EFF Atlas of Surveillance", "https://atlasofsurveillance.org/", null));
            e.status = EntryStatus.UNCONFIRMED;
            e.createdAt = Instant.now();
            e.persist();
            return e.id;
        });
    }

    /** A finished import with nothing in it; returns its id. */
    public static long finishedImport(String fileName) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ThirdPartyImport run = new ThirdPartyImport();
            run.source = ThirdPartyEntry.ATLAS;
            run.fileName = fileName;
            run.importedBy = "admin";
            run.status = ImportStatus.FINISHED;
            run.startedAt = Instant.now();
            run.finishedAt = run.startedAt;
            run.persist();
            return run.id;
        });
    }

    /**
     * Uploads a file on the import page (as the current test identity, with the page's CSRF token) and
     * returns the response: a redirect to the import, or the page with the reason it was refused.
     */
    public static Response upload(String fileName, byte[] content, boolean createAgencies) {
        FormSession form = FormSession.open("/admin/third-party-imports");
        var request = given().redirects().follow(false).cookie(FormSession.COOKIE, form.cookie)
                .multiPart("csrf-token", form.token).multiPart("file", fileName, content, "text/csv");
        if (createAgencies) {
            request.multiPart("create-agencies", "on");
        }
        return request.post("/admin/third-party-imports");
    }

    /** Uploads a file, waits for its import to finish, and returns the finished import. */
    public static ThirdPartyImport importAndWait(String fileName, byte[] content, boolean createAgencies) {
        Response response = upload(fileName, content, createAgencies);
        if (response.statusCode() != 303) {
            throw new AssertionError("Import refused: HTTP " + response.statusCode() + " " + response.asString());
        }
        String location = response.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Map<String, Object> status = given().get("/admin/third-party-imports/" + id + "/status").then()
                    .statusCode(200).extract().jsonPath().getMap("");
            if (Boolean.TRUE.equals(status.get("finished"))) {
                return QuarkusTransaction.requiringNew().call(() -> ThirdPartyImport.findById(id));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Import " + id + " did not finish in two minutes");
    }
}
