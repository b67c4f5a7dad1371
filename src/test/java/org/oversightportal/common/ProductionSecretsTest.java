package org.oversightportal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Security review finding 7: which secrets production refuses, and that every development value the repository
 * commits is on its list. {@code operations/ProductionSecretsIT} starts the packaged portal with one.
 */
class ProductionSecretsTest {

    static final String GOOD = "a-random-production-secret-of-more-than-32-characters";

    @Test
    void finding7_committedDevelopmentValuesAndShortSecretsAreRefusedNamingTheVariable() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.credentials.secret", "portal-dev-secret");
        config.put("quarkus.oidc.token-state-manager.encryption-secret", "short-but-random");
        config.put("quarkus.rest-csrf.token-signature-key", "dev-only-csrf-signature-key-not-for-production-0123456789");
        List<String> problems = ProductionSecrets.problems(config::get);
        assertThat(problems).containsExactly(
                "PORTAL_CSRF_SECRET is a development value committed to the repository",
                "PORTAL_OIDC_CLIENT_SECRET is a development value committed to the repository",
                "PORTAL_SESSION_SECRET is shorter than 32 characters");
        assertThat(String.join(" ", problems)).doesNotContain("short-but-random");

        config.clear();
        assertThat(ProductionSecrets.problems(config::get)).hasSize(3).allMatch(p -> p.endsWith("is not set"));
        ProductionSecrets.SECRETS.keySet().forEach(k -> config.put(k, GOOD));
        assertThat(ProductionSecrets.problems(config::get)).isEmpty();
    }

    @Test
    void finding7_everySecretValueTheRepositoryCommitsIsOnTheList() throws Exception {
        // application.properties' development defaults of the three secrets, and the demo realm's client secret.
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        for (String key : ProductionSecrets.SECRETS.keySet()) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "=(.+)$").matcher(properties);
            assertThat(m.find()).as(key + " has a development default").isTrue();
            assertThat(ProductionSecrets.problems(k -> k.equals(key) ? m.group(1).strip() : GOOD)).as(key).hasSize(1);
        }
        Matcher realm = Pattern.compile("\"secret\": \"([^\"]+)\"")
                .matcher(Files.readString(Path.of("deploy/keycloak/oversight-realm.json")));
        while (realm.find()) {
            String committed = realm.group(1);
            assertThat(ProductionSecrets.problems(k -> k.equals("quarkus.oidc.credentials.secret") ? committed : GOOD))
                    .as("the demo realm's " + committed).hasSize(1);
        }
        // Compose's example leaves every secret empty; its realm takes the client secret from the environment.
        assertThat(Files.readString(Path.of("deploy/compose/example.env")))
                .containsPattern("(?m)^PORTAL_OIDC_CLIENT_SECRET=$").containsPattern("(?m)^PORTAL_SESSION_SECRET=$")
                .containsPattern("(?m)^PORTAL_CSRF_SECRET=$");
    }
}
