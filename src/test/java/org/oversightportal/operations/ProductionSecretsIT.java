package org.oversightportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.Databases;
import org.oversightportal.testsupport.PortalProcess;

/**
 * Security review finding 7 on the packaged portal: started in production with the client secret Compose's example
 * and the demo realm used to ship, it refuses to start, names the variable and never prints the value.
 */
class ProductionSecretsIT {

    static Databases databases;

    @BeforeAll
    static void database() throws Exception {
        databases = Databases.start();
        databases.create("secrets");
    }

    @AfterAll
    static void stop() throws Exception {
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    void finding7_theCommittedDevelopmentClientSecretStopsTheStart() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>(databases.portalSettings("secrets"));
        settings.put("PORTAL_OIDC_CLIENT_SECRET", "portal-dev-secret");
        settings.put("PORTAL_SESSION_SECRET", "too-short");
        try (PortalProcess portal = PortalProcess.start("production-secrets", 8097, settings)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
            while (portal.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(portal.isAlive()).as("the portal must not keep running").isFalse();
            assertThat(portal.output())
                    .contains("PORTAL_OIDC_CLIENT_SECRET is a development value committed to the repository")
                    .contains("PORTAL_SESSION_SECRET is shorter than 32 characters")
                    .doesNotContain("too-short").doesNotContain("Listening on");
        }
    }
}
