package org.oversightportal;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.oversightportal.common.EmbeddedDatabase;

/**
 * Starts the portal. When no database is configured the portal brings its own: a real
 * PostgreSQL run from bundled binaries, so that a newcomer needs nothing but a JDK.
 */
@QuarkusMain
public class PortalMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatabaseConfigured();
        Quarkus.run(args);
    }
}
