package org.oversightportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real nginx running {@code deploy/compose/nginx.conf}, the Compose proxy's own configuration, in front of
 * the test portal: only its upstream and listening port are changed. CI installs nginx (.ci/run).
 */
public final class NginxProxy implements AutoCloseable {

    private final Process process;
    public final int port;
    private final Path dir;

    private NginxProxy(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    public static NginxProxy start(int portalPort) {
        Path binary = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"), Path.of("/usr/local/sbin/nginx"))
                .stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("nginx is not installed (apt-get install nginx; .ci/run does)"));
        try {
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nginx-");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String site = Files.readString(Path.of("deploy/compose/nginx.conf"))
                    .replace("server portal:8080;", "server 127.0.0.1:" + portalPort + ";")
                    .replace("listen 8080;", "listen 127.0.0.1:" + port + ";");
            if (!site.contains("127.0.0.1:" + portalPort) || !site.contains("listen 127.0.0.1:" + port)) {
                throw new IllegalStateException("deploy/compose/nginx.conf no longer has the upstream or listen line");
            }
            String conf = "daemon off;\nmaster_process off;\npid " + dir.resolve("nginx.pid") + ";\nerror_log "
                    + dir.resolve("error.log") + ";\nevents {}\nhttp {\n  access_log off;\n"
                    + "  client_body_temp_path " + dir.resolve("body") + ";\n  proxy_temp_path " + dir.resolve("proxy")
                    + ";\n  fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n  uwsgi_temp_path " + dir.resolve("uwsgi")
                    + ";\n  scgi_temp_path " + dir.resolve("scgi") + ";\n" + site + "\n}\n";
            Path file = dir.resolve("nginx.conf");
            Files.writeString(file, conf);
            Process p = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
            NginxProxy proxy = new NginxProxy(p, port, dir);
            proxy.awaitListening();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("out.log"))
                        + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
