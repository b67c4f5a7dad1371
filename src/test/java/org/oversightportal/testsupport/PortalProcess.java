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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal ({@code target/quarkus-app/quarkus-run.jar}, as the container image runs it) started
 * as a process of its own, for tests of what only a real deployment shows: several instances on one
 * database, start-up against a missing identity provider. Configured through environment variables only,
 * as in production (the prod profile, so the production secrets are required).
 */
public final class PortalProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Secrets shared by every instance of one deployment (a session or form from one is valid on all). */
    public static final Map<String, String> SHARED_SECRETS = Map.of(
            "PORTAL_OIDC_CLIENT_SECRET", KeycloakTokens.CLIENT_SECRET,
            "PORTAL_SESSION_SECRET", "test-session-secret-shared-by-all-instances-0123456789",
            "PORTAL_CSRF_SECRET", "test-csrf-secret-shared-by-all-instances-0123456789");

    public final int port;
    public final String url;
    private final Process process;
    private final Path log;

    private PortalProcess(int port, Process process, Path log) {
        this.port = port;
        this.url = "http://localhost:" + port + "/";
        this.process = process;
        this.log = log;
    }

    /**
     * Starts an instance on {@code port} with the given settings (on top of a plain-HTTP test setup) and
     * does not wait for it; see {@link #awaitReady(Duration)}.
     */
    public static PortalProcess start(String name, int port, Map<String, String> settings) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run after `./mvnw package` (in verify)");
        }
        Map<String, String> env = new LinkedHashMap<>(SHARED_SECRETS);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("PORTAL_MANAGEMENT_PORT", Integer.toString(port + 1000));
        env.put("PORTAL_SECURE_COOKIES", "false");
        env.put("PORTAL_MAIL_MOCK", "true");
        env.put("PORTAL_BASE_URL", "http://localhost:" + port);
        env.putAll(settings);
        Path log = Path.of("target/portal-processes", name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(javaBin(), "-Xmx512m", "-jar", JAR.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("PORTAL_"));
            builder.environment().putAll(env);
            return new PortalProcess(port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the packaged portal", e);
        }
    }

    /**
     * Waits until {@code /q/health/ready} on the management port (the HTTP port + 1000) answers 200:
     * database reachable, migrations done.
     */
    public PortalProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal on port " + port + " exited with code "
                        + process.exitValue() + ". Last lines of " + log + ":\n" + logTail(40));
            }
            if (managementStatus("/q/health/ready") == 200) {
                return this;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("The portal on port " + port + " was not ready within " + timeout.toSeconds()
                + " s. Last lines of " + log + ":\n" + logTail(40));
    }

    /** The HTTP status of a GET on the management port (health, metrics), or 0 when nothing answers. */
    public int managementStatus(String path) {
        return status(port + 1000, path);
    }

    /**
     * The HTTP status of a GET, or 0 when nothing answers within 30 s. A fresh instance's first page
     * loads its classes and templates; on a loaded two-CPU CI machine that once took longer than 5 s.
     */
    public int status(String path) {
        return status(port, path);
    }

    private static int status(int port, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the instance wrote to its console so far. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public String logTail(int lines) {
        List<String> all = output().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
