package org.oversightportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the Keycloak distribution that the Maven build unpacks into {@code target/keycloak/keycloak-<version>},
 * with the realm from {@code deploy/keycloak/oversight-realm.json}, on http://localhost:8180.
 *
 * <p>Keycloak is started once per JVM and stopped by a shutdown hook, so {@link #stop()} does nothing.
 * Quarkus may load this class in more than one class loader (one per test application), which gives each
 * copy its own static state; the "already answering on 8180" check makes those copies reuse the running
 * Keycloak instead of starting a second one. A Keycloak the developer started themselves is reused the
 * same way and left running.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * 8180 unless {@code -Dkeycloak.test-port} says otherwise: a second checkout running its tests at the
     * same time gives its own port, so that neither test JVM stops the other's Keycloak when it exits.
     */
    public static final int HTTP_PORT = Integer.getInteger("keycloak.test-port", 8180);
    public static final String REALM_URL = "http://localhost:" + HTTP_PORT + "/realms/oversight";

    private static final int MANAGEMENT_PORT = HTTP_PORT + 920;
    /**
     * Keycloak's first start (a Quarkus build of its own, then a realm import) takes about 70 s here while the
     * portal's test build runs beside it, and has taken more than 180 s on a busier CI machine.
     */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(480);
    private static final Path PROJECT_DIR = Path.of("").toAbsolutePath();
    private static final Path DIST_PARENT = PROJECT_DIR.resolve("target/keycloak");
    private static final Path REALM_FILE = PROJECT_DIR.resolve("deploy/keycloak/oversight-realm.json");
    private static final Path LOG_FILE = PROJECT_DIR.resolve("target/keycloak.log");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static boolean available;

    @Override
    public Map<String, String> start() {
        ensureRunning();
        return Map.of("quarkus.oidc.auth-server-url", REALM_URL);
    }

    @Override
    public void stop() {
        // Shared by all test classes in this JVM; the shutdown hook stops it.
    }

    public static synchronized void ensureRunning() {
        if (available) {
            return;
        }
        if (!realmIsServed()) {
            startKeycloak();
        }
        available = true;
    }

    private static void startKeycloak() {
        Path home = findDistribution();
        try {
            deleteRecursively(home.resolve("data"));
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            String realm = withTestPortRedirects(Files.readString(REALM_FILE)
                    .replace("\"secret\": \"portal-dev-secret\"",
                            "\"secret\": \"" + KeycloakTokens.CLIENT_SECRET + "\""));
            Files.writeString(importDir.resolve(REALM_FILE.getFileName()), realm);
            Files.createDirectories(LOG_FILE.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + home + " for Keycloak", e);
        }

        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        Path launcher = home.resolve(windows ? "bin/kc.bat" : "bin/kc.sh");
        launcher.toFile().setExecutable(true);

        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "start-dev",
                "--http-port", String.valueOf(HTTP_PORT),
                "--http-management-port", String.valueOf(MANAGEMENT_PORT),
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(LOG_FILE.toFile());
        Map<String, String> env = builder.environment();
        // Keycloak is a Quarkus application and would apply QUARKUS_* variables meant for the portal
        // (a QUARKUS_DATASOURCE_JDBC_URL makes it fail to start); JAVA_OPTS would replace its heap settings.
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.equals("JAVA_OPTS"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");

        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + launcher, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> destroy(started), "keycloak-shutdown"));

        Instant begun = Instant.now();
        Instant deadline = begun.plus(STARTUP_TIMEOUT);
        while (!realmIsServed()) {
            if (!started.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + started.exitValue()
                        + " during startup (is port " + HTTP_PORT + " or " + MANAGEMENT_PORT + " in use?). "
                        + "Last lines of " + LOG_FILE + ":\n" + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                destroy(started);
                throw new IllegalStateException("Keycloak did not serve " + REALM_URL + " within "
                        + STARTUP_TIMEOUT.toSeconds() + " s. Last lines of " + LOG_FILE + ":\n" + logTail());
            }
            sleep(Duration.ofSeconds(1));
        }
        System.out.println("Keycloak served " + REALM_URL + " after "
                + Duration.between(begun, Instant.now()).toSeconds() + " s (log: " + LOG_FILE + ")");
    }

    /**
     * The realm lets the portal's client come back to the default test port, 8081; a test JVM on another
     * {@code -Dquarkus.http.test-port} (a second checkout running its tests at the same time) adds its own port
     * to the copy it imports, so that its browser tests can sign in. The realm file itself is left as it is.
     */
    static String withTestPortRedirects(String realm) {
        String port = System.getProperty("quarkus.http.test-port", "8081");
        if (port.equals("8081")) {
            return realm;
        }
        return realm.replace("\"http://localhost:8081/*\",",
                        "\"http://localhost:8081/*\", \"http://localhost:" + port + "/*\",")
                .replace("##http://localhost:8081/*", "##http://localhost:8081/*##http://localhost:" + port + "/*");
    }

    private static Path findDistribution() {
        List<Path> candidates;
        try (Stream<Path> children = Files.isDirectory(DIST_PARENT) ? Files.list(DIST_PARENT) : Stream.empty()) {
            candidates = children
                    .filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().startsWith("keycloak-"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + DIST_PARENT, e);
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("No Keycloak distribution in " + DIST_PARENT + ". Run the tests through Maven "
                    + "(it unpacks org.keycloak:keycloak-quarkus-dist there), or start a Keycloak serving realm "
                    + "'oversight' on port " + HTTP_PORT + " yourself (deploy/run-local.sh does).");
        }
        if (candidates.size() > 1) {
            throw new IllegalStateException("Several Keycloak distributions in " + DIST_PARENT + ": " + candidates
                    + ". Run 'mvn clean' so only the current version is unpacked.");
        }
        return candidates.get(0);
    }

    private static boolean realmIsServed() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private static void destroy(Process keycloak) {
        keycloak.descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
        try {
            if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                keycloak.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String logTail() {
        try {
            List<String> lines = Files.readAllLines(LOG_FILE, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(could not read " + LOG_FILE + ": " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
