package org.oversightportal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Renders every template in the request's language (message bundles read the locale attribute). */
@ApplicationScoped
public class TemplateSetup {

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            if (Arc.container().requestContext().isActive()) {
                instance.setLocale(Arc.container().instance(RequestLocale.class).get().get());
            }
        });
    }
}
