package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.Fixtures;
import org.oversightportal.testsupport.KeycloakTokens;
import org.oversightportal.testsupport.ThirdPartyFixtures;

/**
 * Every route of the portal × every kind of user, with the outcome each must get. The routes are
 * read from the compiled resource classes, so a route added without a row here fails the test.
 * Users are real accounts of the demo realm, signed in with tokens from the real Keycloak.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Actor {
        ANONYMOUS(null), STAFF_A("staff-washington"), STAFF_B("staff-orlando"), MODERATOR("moderator"),
        BOARD("board"), ADMIN("admin");

        final String username;

        Actor(String username) {
            this.username = username;
        }
    }

    /** What a user must get: the page or action, sent to sign in, or refused. */
    enum Outcome {
        /** Reached the page or action (2xx, a redirect within the portal, or 422 for an empty form). */
        ALLOWED,
        /** Sent to the identity provider to sign in (or 401 for a bad token). */
        SIGN_IN,
        /** Refused: 403. */
        FORBIDDEN,
        /** No such record (a tracking number nobody holds): 404 for everyone alike. */
        NOT_FOUND
    }

    record Row(String method, String route, String samplePath, Map<Actor, Outcome> expected) {
    }

    static final String PUBLIC = "anon=ALLOWED A=ALLOWED B=ALLOWED M=ALLOWED O=ALLOWED D=ALLOWED";
    static final String STAFF = "anon=SIGN_IN A=ALLOWED B=ALLOWED M=FORBIDDEN O=FORBIDDEN D=FORBIDDEN";
    static final String OWN_AGENCY = "anon=SIGN_IN A=ALLOWED B=FORBIDDEN M=FORBIDDEN O=FORBIDDEN D=FORBIDDEN";
    static final String ADMIN = "anon=SIGN_IN A=FORBIDDEN B=FORBIDDEN M=FORBIDDEN O=FORBIDDEN D=ALLOWED";
    static final String NOT_FOUND_FOR_ALL = "anon=NOT_FOUND A=NOT_FOUND B=NOT_FOUND M=NOT_FOUND O=NOT_FOUND D=NOT_FOUND";
    static final String MODERATOR = "anon=SIGN_IN A=FORBIDDEN B=FORBIDDEN M=ALLOWED O=FORBIDDEN D=FORBIDDEN";
    static final String MODERATOR_OR_ADMIN = "anon=SIGN_IN A=FORBIDDEN B=FORBIDDEN M=ALLOWED O=FORBIDDEN D=ALLOWED";
    static final String BOARD = "anon=SIGN_IN A=FORBIDDEN B=FORBIDDEN M=FORBIDDEN O=ALLOWED D=FORBIDDEN";
    static final String SIGNED_IN = "anon=SIGN_IN A=ALLOWED B=ALLOWED M=ALLOWED O=ALLOWED D=ALLOWED";

    static long draftOfA;
    /** A draft of agency A that the API tests may overwrite (PUT) and submit (refused: incomplete). */
    static long apiDraftOfA;
    static long periodOfA;
    static String publishedComment;
    static long reviewedReport;
    static long exigentUseOfA;
    /** A well-formed subscription token nobody holds. */
    static final String UNKNOWN_TOKEN = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    static long reportedToA;
    static long reportedToADisputed;
    static long thirdPartyImport;
    static final String HARBOR_ALPR = "harbor-city-police-automated-license-plate-readers";
    static final String DISCLOSURE_OF_A = "washington-county-sheriff-face-recognition-search-of-booking-photos";

    static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("GET", "/", "/", PUBLIC));
        rows.add(row("GET", "/technologies", "/technologies?category=face_recognition", PUBLIC));
        rows.add(row("GET", "/technologies/{slug}", "/technologies/" + DISCLOSURE_OF_A, PUBLIC));
        rows.add(row("GET", "/agencies", "/agencies", PUBLIC));
        rows.add(row("GET", "/agencies/{slug}", "/agencies/washington-county-sheriff", PUBLIC));
        rows.add(row("GET", "/vendors", "/vendors", PUBLIC));
        rows.add(row("GET", "/vendors/{slug}", "/vendors/flock-safety", PUBLIC));
        rows.add(row("GET", "/technologies/{slug}/comment", "/technologies/" + DISCLOSURE_OF_A + "/comment", PUBLIC));
        rows.add(row("POST", "/technologies/{slug}/comment", "/technologies/" + DISCLOSURE_OF_A + "/comment", PUBLIC));
        rows.add(row("GET", "/comments", "/comments", PUBLIC));
        rows.add(row("GET", "/comments/open", "/comments/open", PUBLIC));
        rows.add(row("GET", "/comments/{tracking}", "/comments/PC-2345-6789", NOT_FOUND_FOR_ALL));
        rows.add(row("GET", "/comments/{tracking}/flag", "/comments/" + publishedComment + "/flag", PUBLIC));
        rows.add(row("POST", "/comments/{tracking}/flag", "/comments/" + publishedComment + "/flag", PUBLIC));
        rows.add(row("GET", "/moderation", "/moderation", MODERATOR));
        rows.add(row("GET", "/moderation/periods/{id}", "/moderation/periods/" + periodOfA, MODERATOR_OR_ADMIN));
        rows.add(row("POST", "/moderation/periods/{id}", "/moderation/periods/" + periodOfA, MODERATOR_OR_ADMIN));
        rows.add(row("GET", "/staff/comments", "/staff/comments", STAFF));
        rows.add(row("GET", "/staff/comments/{id}", "/staff/comments/" + periodOfA, OWN_AGENCY));
        rows.add(row("POST", "/staff/comments/{id}/response", "/staff/comments/" + periodOfA + "/response",
                OWN_AGENCY));
        rows.add(row("POST", "/staff/comments/{id}/answers", "/staff/comments/" + periodOfA + "/answers",
                OWN_AGENCY));
        rows.add(row("POST", "/moderation", "/moderation", MODERATOR));
        rows.add(row("GET", "/login", "/login", SIGNED_IN));
        rows.add(row("GET", "/technologies/{slug}/reports/{year}", "/technologies/" + HARBOR_ALPR + "/reports/2024",
                PUBLIC));
        rows.add(row("GET", "/technologies/{slug}/changes", "/technologies/" + HARBOR_ALPR + "/changes", PUBLIC));
        rows.add(row("GET", "/decisions", "/decisions", PUBLIC));
        rows.add(row("GET", "/api/v1/technologies", "/api/v1/technologies?limit=5", PUBLIC));
        rows.add(row("GET", "/api/v1/technologies/{slug}", "/api/v1/technologies/" + HARBOR_ALPR, PUBLIC));
        rows.add(row("GET", "/api/v1/technologies/{slug}/revisions", "/api/v1/technologies/" + HARBOR_ALPR + "/revisions", PUBLIC));
        rows.add(row("GET", "/api/v1/technologies/{slug}/revisions/{revision}",
                "/api/v1/technologies/" + HARBOR_ALPR + "/revisions/1", PUBLIC));
        rows.add(row("GET", "/api/v1/technologies/{slug}/reports", "/api/v1/technologies/" + HARBOR_ALPR + "/reports", PUBLIC));
        rows.add(row("GET", "/api/v1/agencies", "/api/v1/agencies?limit=5", PUBLIC));
        rows.add(row("GET", "/api/v1/agencies/{slug}", "/api/v1/agencies/harbor-city-police", PUBLIC));
        rows.add(row("GET", "/api/v1/vendors", "/api/v1/vendors?limit=5", PUBLIC));
        rows.add(row("GET", "/api/v1/vendors/{slug}", "/api/v1/vendors/flock-safety", PUBLIC));
        rows.add(row("GET", "/api/v1/decisions", "/api/v1/decisions?limit=5", PUBLIC));
        rows.add(row("GET", "/api/v1/comment-periods", "/api/v1/comment-periods?limit=5", PUBLIC));
        rows.add(row("GET", "/api/v1/comment-periods/{id}/comments", "/api/v1/comment-periods/" + periodOfA + "/comments", PUBLIC));
        rows.add(row("GET", "/feeds/{topic}.atom", "/feeds/decisions.atom?agency=harbor-city-police", PUBLIC));
        rows.add(row("GET", "/downloads/technologies.csv", "/downloads/technologies.csv?category=face_recognition",
                PUBLIC));
        rows.add(row("GET", "/downloads/reports.csv", "/downloads/reports.csv", PUBLIC));
        rows.add(row("GET", "/downloads/agencies.csv", "/downloads/agencies.csv", PUBLIC));
        rows.add(row("GET", "/downloads/vendors.csv", "/downloads/vendors.csv", PUBLIC));
        rows.add(row("GET", "/downloads/comment-periods.csv", "/downloads/comment-periods.csv", PUBLIC));
        rows.add(row("GET", "/downloads/comments.csv", "/downloads/comments.csv", PUBLIC));
        rows.add(row("GET", "/downloads/bulk.zip", "/downloads/bulk.zip", PUBLIC));
        rows.add(row("POST", "/data/bulk", "/data/bulk", ADMIN));
        rows.add(row("GET", "/subscriptions/new", "/subscriptions/new?agency=harbor-city-police", PUBLIC));
        rows.add(row("POST", "/subscriptions", "/subscriptions", PUBLIC));
        rows.add(row("GET", "/subscriptions/sent", "/subscriptions/sent", PUBLIC));
        rows.add(row("GET", "/subscriptions/confirm/{token}", "/subscriptions/confirm/" + UNKNOWN_TOKEN, NOT_FOUND_FOR_ALL));
        rows.add(row("POST", "/subscriptions/confirm/{token}", "/subscriptions/confirm/" + UNKNOWN_TOKEN, NOT_FOUND_FOR_ALL));
        rows.add(row("GET", "/subscriptions/unsubscribe/{token}", "/subscriptions/unsubscribe/" + UNKNOWN_TOKEN,
                NOT_FOUND_FOR_ALL));
        rows.add(row("POST", "/subscriptions/unsubscribe/{token}/confirm",
                "/subscriptions/unsubscribe/" + UNKNOWN_TOKEN + "/confirm", NOT_FOUND_FOR_ALL));
        rows.add(row("GET", "/logout", "/logout", PUBLIC));
        rows.add(row("POST", "/logout", "/logout", PUBLIC));
        rows.add(row("GET", "/data", "/data", PUBLIC));
        rows.add(row("GET", "/overview", "/overview", PUBLIC));
        rows.add(row("GET", "/downloads/decisions.csv", "/downloads/decisions.csv", PUBLIC));
        rows.add(row("GET", "/compliance", "/compliance?sort=overdue", PUBLIC));
        rows.add(row("GET", "/compliance/{measure}", "/compliance/overdue?agency=harbor-city-police", PUBLIC));
        rows.add(row("GET", "/board", "/board", BOARD));
        rows.add(row("GET", "/board/disclosures/{slug}", "/board/disclosures/" + DISCLOSURE_OF_A, BOARD));
        rows.add(row("POST", "/board/disclosures/{slug}", "/board/disclosures/" + DISCLOSURE_OF_A, BOARD));
        rows.add(row("POST", "/board/disclosures/{slug}/confirm-approval",
                "/board/disclosures/" + DISCLOSURE_OF_A + "/confirm-approval", BOARD));
        rows.add(row("GET", "/board/reports/{id}", "/board/reports/" + reviewedReport, BOARD));
        rows.add(row("POST", "/board/reports/{id}", "/board/reports/" + reviewedReport, BOARD));
        rows.add(row("GET", "/board/extensions/{slug}/{year}", "/board/extensions/" + HARBOR_ALPR + "/2025", BOARD));
        rows.add(row("POST", "/board/extensions/{slug}/{year}", "/board/extensions/" + HARBOR_ALPR + "/2025", BOARD));
        rows.add(row("GET", "/staff/reports", "/staff/reports", STAFF));
        rows.add(row("GET", "/staff/reports/{slug}/{year}", "/staff/reports/" + DISCLOSURE_OF_A + "/2025", OWN_AGENCY));
        rows.add(row("POST", "/staff/reports/{slug}/{year}", "/staff/reports/" + DISCLOSURE_OF_A + "/2025", OWN_AGENCY));
        rows.add(row("GET", "/staff/exigent-uses", "/staff/exigent-uses", STAFF));
        rows.add(row("POST", "/staff/exigent-uses", "/staff/exigent-uses", STAFF));
        rows.add(row("GET", "/staff/exigent-uses/{id}", "/staff/exigent-uses/" + exigentUseOfA, OWN_AGENCY));
        rows.add(row("POST", "/staff/exigent-uses/{id}", "/staff/exigent-uses/" + exigentUseOfA, OWN_AGENCY));
        rows.add(row("GET", "/staff", "/staff", STAFF));
        rows.add(row("GET", "/staff/disclosures/new", "/staff/disclosures/new", STAFF));
        rows.add(row("POST", "/staff/disclosures/new", "/staff/disclosures/new", STAFF));
        rows.add(row("POST", "/api/v1/staff/drafts", "/api/v1/staff/drafts", STAFF));
        rows.add(row("GET", "/api/v1/staff/drafts/{id}", "/api/v1/staff/drafts/" + draftOfA, OWN_AGENCY));
        rows.add(row("PUT", "/api/v1/staff/drafts/{id}", "/api/v1/staff/drafts/" + apiDraftOfA, OWN_AGENCY));
        rows.add(row("POST", "/api/v1/staff/drafts/{id}/submit", "/api/v1/staff/drafts/" + apiDraftOfA + "/submit",
                OWN_AGENCY));
        rows.add(row("GET", "/staff/drafts/{id}", "/staff/drafts/" + draftOfA, OWN_AGENCY));
        rows.add(row("POST", "/staff/drafts/{id}", "/staff/drafts/" + draftOfA, OWN_AGENCY));
        rows.add(row("POST", "/staff/disclosures/{slug}/revise", "/staff/disclosures/" + DISCLOSURE_OF_A + "/revise",
                OWN_AGENCY));
        rows.add(row("GET", "/admin/agencies", "/admin/agencies", ADMIN));
        rows.add(row("GET", "/admin/agencies/new", "/admin/agencies/new", ADMIN));
        rows.add(row("POST", "/admin/agencies/new", "/admin/agencies/new", ADMIN));
        rows.add(row("GET", "/admin/agencies/{slug}", "/admin/agencies/orlando-police", ADMIN));
        rows.add(row("POST", "/admin/agencies/{slug}", "/admin/agencies/orlando-police", ADMIN));
        rows.add(row("GET", "/admin/vendors", "/admin/vendors", ADMIN));
        rows.add(row("GET", "/admin/vendors/new", "/admin/vendors/new", ADMIN));
        rows.add(row("POST", "/admin/vendors/new", "/admin/vendors/new", ADMIN));
        rows.add(row("GET", "/admin/vendors/{slug}", "/admin/vendors/zeroeyes", ADMIN));
        rows.add(row("POST", "/admin/vendors/{slug}", "/admin/vendors/zeroeyes", ADMIN));
        rows.add(row("GET", "/downloads/atlas-of-surveillance.csv", "/downloads/atlas-of-surveillance.csv", PUBLIC));
        rows.add(row("GET", "/third-party-reports", "/third-party-reports?status=unconfirmed", PUBLIC));
        rows.add(row("GET", "/admin/third-party-imports", "/admin/third-party-imports", ADMIN));
        rows.add(row("POST", "/admin/third-party-imports", "/admin/third-party-imports", ADMIN));
        rows.add(row("GET", "/admin/third-party-imports/{id}", "/admin/third-party-imports/" + thirdPartyImport, ADMIN));
        rows.add(row("GET", "/admin/third-party-imports/{id}/status",
                "/admin/third-party-imports/" + thirdPartyImport + "/status", ADMIN));
        rows.add(row("GET", "/staff/third-party", "/staff/third-party", STAFF));
        rows.add(row("POST", "/staff/third-party/{id}/confirm", "/staff/third-party/" + reportedToA + "/confirm",
                OWN_AGENCY));
        rows.add(row("POST", "/staff/third-party/{id}/dispute",
                "/staff/third-party/" + reportedToADisputed + "/dispute", OWN_AGENCY));
        return rows;
    }

    @BeforeAll
    static void aDraftOfAgencyA() {
        io.quarkus.arc.Arc.container().instance(org.oversightportal.opendata.BulkDownloads.class).get().buildNow("test");
        draftOfA = Fixtures.draft("washington-county-sheriff", "Matrix draft", "staff-washington");
        apiDraftOfA = Fixtures.draft("washington-county-sheriff", "Matrix API draft", "staff-washington");
        CommentFixtures.Period closed = CommentFixtures.closedPeriod("washington-county-sheriff", "Matrix period");
        periodOfA = closed.id();
        publishedComment = CommentFixtures.comment(periodOfA, "Matrix comment", CommentStatus.PUBLISHED);
        reviewedReport = QuarkusTransaction.requiringNew().call(() -> org.oversightportal.reports.AnnualReport
                .<org.oversightportal.reports.AnnualReport>find("disclosure.slug = ?1 and reportingYear = 2024",
                        HARBOR_ALPR).firstResult().id);
        exigentUseOfA = QuarkusTransaction.requiringNew().call(() -> org.oversightportal.exigent.ExigentUse
                .<org.oversightportal.exigent.ExigentUse>find("agency.slug", "washington-county-sheriff")
                .firstResult().id);
        reportedToA = ThirdPartyFixtures.entry("washington-county-sheriff",
                org.oversightportal.inventory.Category.DRONES_AND_ROBOTS, null, "Matrix report");
        reportedToADisputed = ThirdPartyFixtures.entry("washington-county-sheriff",
                org.oversightportal.inventory.Category.VIDEO_ANALYTICS, null, "Matrix report to dispute");
        thirdPartyImport = ThirdPartyFixtures.finishedImport("matrix.csv");
    }

    @Test
    void everyRouteOfThePortalHasARowInTheMatrix() throws Exception {
        Set<String> routes = discoverRoutes();
        Set<String> rows = new TreeSet<>();
        matrix().forEach(r -> rows.add(r.method() + " " + r.route()));
        assertThat(rows).as("routes in the matrix").isEqualTo(routes);
    }

    @Test
    void everyUserGetsExactlyTheOutcomeTheMatrixSays() {
        Map<Actor, String> tokens = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            if (actor.username != null) {
                tokens.put(actor, KeycloakTokens.accessToken(actor.username));
            }
        }
        // One CSRF cookie and token pair (not bound to a user) for every post, so that a refusal can
        // only come from authorization.
        Response form = given().auth().oauth2(tokens.get(Actor.STAFF_A)).get("/staff/disclosures/new");
        String csrfCookie = form.cookie("portal-csrf");
        String csrfToken = form.asString().replaceFirst("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");

        List<String> wrong = new ArrayList<>();
        for (Row row : matrix()) {
            for (Actor actor : Actor.values()) {
                RequestSpecification request = given().redirects().follow(false);
                if (actor.username != null) {
                    request.auth().oauth2(tokens.get(actor));
                }
                Response response;
                if (row.samplePath().startsWith("/api/v1/staff/")) {
                    // The filing API: JSON and a bearer token, no cookies (so no CSRF token either).
                    request.contentType("application/json").body("{}");
                    response = row.method().equals("GET") ? request.get(row.samplePath())
                            : row.method().equals("PUT") ? request.put(row.samplePath()) : request.post(row.samplePath());
                } else if (row.method().equals("POST")) {
                    response = request.cookie("portal-csrf", csrfCookie).contentType("application/x-www-form-urlencoded")
                            .formParam("csrf-token", csrfToken).formParam("action", "save").post(row.samplePath());
                } else {
                    response = request.get(row.samplePath());
                }
                Outcome got = outcome(response);
                if (got != row.expected().get(actor)) {
                    wrong.add(row.method() + " " + row.samplePath() + " as " + actor + ": expected "
                            + row.expected().get(actor) + ", got " + got + " (HTTP " + response.statusCode() + ")");
                }
            }
        }
        assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
    }

    @Test
    void everyStateChangingRouteRefusesAPostWithoutAValidCsrfToken() {
        long changesBefore = QuarkusTransaction.requiringNew().call(
                () -> org.oversightportal.common.AuditEntry.count("outcome", org.oversightportal.common.AuditEntry.Outcome.OK));
        Response form = given().auth().oauth2(KeycloakTokens.accessToken("staff-washington"))
                .get("/staff/disclosures/new");
        String csrfCookie = form.cookie("portal-csrf");
        for (Row row : matrix()) {
            if (!row.method().equals("POST") || row.samplePath().startsWith("/api/")) {
                continue; // the API takes bearer tokens only, never cookies: nothing for a forged form to ride on
            }
            Actor allowed = row.expected().entrySet().stream().filter(e -> e.getValue() == Outcome.ALLOWED)
                    .map(Map.Entry::getKey).findFirst().orElse(Actor.ANONYMOUS); // a record nobody may reach
            String token = allowed.username == null ? null : KeycloakTokens.accessToken(allowed.username);
            // no token at all
            authorized(token).contentType("application/x-www-form-urlencoded")
                    .formParam("action", "save").formParam("name", "CSRF attempt").post(row.samplePath())
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400),
                            org.hamcrest.Matchers.is(403)));
            // not a form at all (a cross-site "text/plain" post carries no token and is not checked as a form)
            authorized(token).cookie("portal-csrf", csrfCookie).contentType("text/plain")
                    .body("action=save&name=CSRF attempt").post(row.samplePath())
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400),
                            org.hamcrest.Matchers.is(415)));
            // a cookie, but a forged token in the form
            authorized(token).cookie("portal-csrf", csrfCookie)
                    .contentType("application/x-www-form-urlencoded").formParam("csrf-token", "forged")
                    .formParam("action", "save").formParam("name", "CSRF attempt").post(row.samplePath())
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400),
                            org.hamcrest.Matchers.is(403)));
        }
        long changesAfter = QuarkusTransaction.requiringNew().call(
                () -> org.oversightportal.common.AuditEntry.count("outcome", org.oversightportal.common.AuditEntry.Outcome.OK));
        assertThat(changesAfter).as("changes recorded while posting without a valid token").isEqualTo(changesBefore);
    }

    private static RequestSpecification authorized(String token) {
        RequestSpecification request = given().redirects().follow(false);
        return token == null ? request : request.auth().oauth2(token);
    }

    static Outcome outcome(Response response) {
        int status = response.statusCode();
        String location = response.header("Location");
        if (status == 401 || (status == 302 && location != null && location.contains("/protocol/openid-connect/auth"))) {
            return Outcome.SIGN_IN;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status < 400 || status == 422) {
            return Outcome.ALLOWED;
        }
        throw new AssertionError("Unexpected HTTP " + status + " for " + response.asString());
    }

    /** "GET /technologies/{slug}" and so on, read from the @Path resource classes the build compiled. */
    static Set<String> discoverRoutes() throws IOException, ClassNotFoundException {
        Set<String> routes = new TreeSet<>();
        java.nio.file.Path classes = Paths.get("target/classes");
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/oversightportal"))) {
            names = files.map(p -> classes.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, AuthorizationMatrixTest.class.getClassLoader());
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String route = join(base.value(), sub == null ? "" : sub.value());
                routes.add(http + " " + route);
            }
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        Map<Class<? extends Annotation>, String> verbs = new LinkedHashMap<>();
        verbs.put(GET.class, "GET");
        verbs.put(POST.class, "POST");
        verbs.put(PUT.class, "PUT");
        verbs.put(DELETE.class, "DELETE");
        verbs.put(PATCH.class, "PATCH");
        for (Map.Entry<Class<? extends Annotation>, String> verb : verbs.entrySet()) {
            if (method.isAnnotationPresent(verb.getKey())) {
                return verb.getValue();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Row row(String method, String route, String samplePath, String spec) {
        Map<Actor, Outcome> expected = new EnumMap<>(Actor.class);
        Map<String, Actor> keys = Map.of("anon", Actor.ANONYMOUS, "A", Actor.STAFF_A, "B", Actor.STAFF_B,
                "M", Actor.MODERATOR, "O", Actor.BOARD, "D", Actor.ADMIN);
        for (String cell : spec.split(" ")) {
            String[] kv = cell.split("=");
            expected.put(keys.get(kv[0]), Outcome.valueOf(kv[1]));
        }
        return new Row(method, route, samplePath, expected);
    }
}
