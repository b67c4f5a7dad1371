package org.oversightportal.web;

import io.quarkus.qute.CompletedStage;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.Results;
import io.quarkus.qute.WithPriority;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per language, the text of every message without parameters that a template shows, such as
 * {@code {msg:filter_any}} or {@code {label:message(c.msgKey)}}: a namespace resolver of its own in front of
 * each message bundle's, which handles everything else (messages with parameters, a template without a
 * locale).
 *
 * <p>Why: the resolver Quarkus generates for a bundle compares the name with each of the bundle's keys in turn
 * ({@code msg} has about 300), and that method is too large for the JIT's first compiler; an uncached technology
 * page with 200 comments spent a fifth of its CPU there. A message without parameters depends on nothing but the
 * language ({@code MessageCacheTest} checks that none of their texts contains an expression), so its text is
 * read once per language from the bundle itself.
 */
@ApplicationScoped
public class MessageCache {

    /** The bundles whose messages are remembered; each one's namespace is its {@link MessageBundle#value}. */
    static final List<Class<?>> BUNDLES = List.of(Messages.class, ValueLabels.class, FieldLabels.class,
            InventoryMessages.class, CommentMessages.class, ReportMessages.class, DataMessages.class,
            AtlasMessages.class, SubscriptionMessages.class, GeneralMessages.class,
            org.oversightportal.inventory.ApprovalMessages.class);

    /** The name of the built-in method that looks a message up by a key computed in the template. */
    static final String BY_KEY = "message";

    private final Map<String, Remembered> resolvers = new ConcurrentHashMap<>();

    void configure(@Observes EngineBuilder builder) {
        for (Class<?> bundle : BUNDLES) {
            Remembered resolver = new Remembered(bundle);
            resolvers.put(resolver.getNamespace(), resolver);
            builder.addNamespaceResolver(resolver);
        }
    }

    /** The names of the messages of {@code namespace} remembered in that language (answered or not). */
    Set<String> remembered(String namespace, Locale locale) {
        return resolvers.get(namespace).texts.getOrDefault(locale, Map.of()).keySet();
    }

    /** One bundle's remembered texts, by language and message name. */
    static final class Remembered implements NamespaceResolver {
        private final Class<?> bundle;
        private final String namespace;
        private final Map<Locale, Map<String, Object>> texts = new ConcurrentHashMap<>();

        Remembered(Class<?> bundle) {
            this.bundle = bundle;
            this.namespace = bundle.getAnnotation(MessageBundle.class).value();
        }

        @Override
        public String getNamespace() {
            return namespace;
        }

        /** Ahead of the bundle's own resolver, which answers whatever this one does not. */
        @Override
        public int getPriority() {
            return WithPriority.DEFAULT_PRIORITY + 1;
        }

        @Override
        public CompletionStage<Object> resolve(EvalContext ctx) {
            if (!(ctx.getAttribute(MessageBundles.ATTRIBUTE_LOCALE) instanceof Locale locale)) {
                return CompletedStage.of(Results.NotFound.from(ctx));
            }
            List<?> params = ctx.getParams();
            if (params.isEmpty()) {
                return CompletedStage.of(text(locale, ctx.getName(), ctx));
            }
            if (params.size() == 1 && BY_KEY.equals(ctx.getName())) {
                return ctx.evaluate(ctx.getParams().get(0)).thenApply(key -> key instanceof String name
                        ? text(locale, name, ctx) : Results.NotFound.from(ctx));
            }
            return CompletedStage.of(Results.NotFound.from(ctx));
        }

        /** The message's text in that language, or "not found" (the bundle's resolver then has its say). */
        private Object text(Locale locale, String name, EvalContext ctx) {
            // A plain read first: this runs for every message a page shows, and it is almost always there.
            Map<String, Object> byName = texts.get(locale);
            if (byName == null) {
                byName = texts.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
            }
            Object text = byName.get(name);
            if (text == null) {
                text = byName.computeIfAbsent(name, n -> read(locale, n));
            }
            return text == NONE ? Results.NotFound.from(ctx) : text;
        }

        private Object read(Locale locale, String name) {
            try {
                Method method = bundle.getMethod(name);
                Object messages = MessageBundles.get(bundle, Localized.Literal.of(locale.toLanguageTag()));
                Object text = method.invoke(messages);
                return text instanceof String ? text : NONE;
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | RuntimeException e) {
                // Not a message without parameters, or no bundle for that language: left to the bundle's resolver.
                return NONE;
            }
        }
    }

    /** Remembered for a name this cache does not answer. */
    private static final Object NONE = new Object();
}
