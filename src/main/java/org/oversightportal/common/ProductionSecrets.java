package org.oversightportal.common;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Production refuses to start with a secret anyone can read (security review finding 7): a value committed to this
 * repository for development or as an example, or one shorter than 32 characters. The three secrets are the OIDC
 * client secret, the session cookie's encryption secret and the CSRF signing key. Development and tests keep their
 * committed values; only the prod profile is checked, before the portal serves anything.
 */
@ApplicationScoped
public class ProductionSecrets {

    /** The settings checked, with the environment variable each one is read from. */
    static final Map<String, String> SECRETS = Map.of(
            "quarkus.oidc.credentials.secret", "PORTAL_OIDC_CLIENT_SECRET",
            "quarkus.oidc.token-state-manager.encryption-secret", "PORTAL_SESSION_SECRET",
            "quarkus.rest-csrf.token-signature-key", "PORTAL_CSRF_SECRET");

    /** Values committed for development, in examples or in the demo realm: public, so never a secret. */
    static final Set<String> COMMITTED = Set.of("portal-dev-secret",
            "dev-only-session-secret-not-for-production-0123456789",
            "dev-only-csrf-signature-key-not-for-production-0123456789",
            "change-me", "changeme", "secret", "${PORTAL_OIDC_CLIENT_SECRET}");

    static final int MIN_LENGTH = 32;

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class).orElse(null));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with unsafe secrets: " + String.join("; ", problems)
                    + ". Give each a random value of at least " + MIN_LENGTH
                    + " characters, e.g. `head -c 48 /dev/urandom | base64` (docs/operations.md, \"Configure\").");
        }
    }

    /** What is wrong with the configured secrets, one line per secret, naming its variable, never its value. */
    static List<String> problems(java.util.function.Function<String, String> value) {
        List<String> problems = new ArrayList<>();
        SECRETS.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            String secret = value.apply(e.getKey());
            if (secret == null || secret.isBlank()) {
                problems.add(e.getValue() + " is not set");
            } else if (COMMITTED.contains(secret.strip()) || secret.strip().startsWith("dev-only-")) {
                problems.add(e.getValue() + " is a development value committed to the repository");
            } else if (secret.strip().length() < MIN_LENGTH) {
                problems.add(e.getValue() + " is shorter than " + MIN_LENGTH + " characters");
            }
        });
        return problems;
    }
}
