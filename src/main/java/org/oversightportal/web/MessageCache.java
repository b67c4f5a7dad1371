package org.oversightportal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.CompletedStage;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.Results;
import io.quarkus.qute.WithPriority;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.runtime.MessageBundleRecorder.BundleContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.oversightportal.common.Labelled;

/**
 * Every message bundle of every feature, found at start-up (the shell lists none of them), and two ways to show
 * their texts beyond {@code {ns:key}}:
 * <ul>
 * <li>{@code {text:of(key)}} and {@code {text:of(key, arg)}}: a message whose key is computed at run time (an
 * error code, a notice, a chart's title), whichever feature's bundle holds it. Keys are unique across bundles
 * ({@code MessageBundlesTest} checks it), so a key names one text.</li>
 * <li>{@code {value.label}} for any {@link Labelled} code list value: the text under its {@code msgKey}, in the
 * bundle of the feature that owns the enum. A new value is one line in each language file.</li>
 * </ul>
 *
 * <p>It also remembers, per language, the text of every message without parameters that a page shows: a
 * namespace resolver of its own in front of each bundle's. Why: the resolver Quarkus generates for a bundle
 * compares the name with each of the bundle's keys in turn, and for a large bundle that method is too big for the
 * JIT's first compiler. A message without parameters depends on nothing but the language ({@code MessageCacheTest}
 * checks that none of their texts contains an expression), so its text is read once per language.
 */
@ApplicationScoped
public class MessageCache {

    /** The namespace of run-time keys: {@code {text:of(key)}}. */
    static final String TEXT_NAMESPACE = "text";

    /** The name of the built-in method that looks a message up by a key computed in the template. */
    static final String BY_KEY = "message";

    private final Map<String, Remembered> byNamespace = new TreeMap<>();
    private final Map<String, Remembered> byKey = new HashMap<>();
    private final List<String> duplicateKeys = new ArrayList<>();

    @Inject
    Instance<BundleContext> bundles;

    void configure(@Observes EngineBuilder builder) {
        for (Map<String, Class<?>> byLocale : bundles.get().getBundleInterfaces().values()) {
            for (Class<?> bundle : byLocale.values()) {
                MessageBundle declared = bundle.getAnnotation(MessageBundle.class);
                if (declared != null && !byNamespace.containsKey(declared.value())) {
                    Remembered resolver = new Remembered(bundle, declared.value());
                    byNamespace.put(resolver.getNamespace(), resolver);
                    builder.addNamespaceResolver(resolver);
                }
            }
        }
        for (Remembered bundle : byNamespace.values()) {
            for (Method method : bundle.bundle.getMethods()) {
                if (byKey.putIfAbsent(method.getName(), bundle) != null) {
                    duplicateKeys.add(method.getName());
                }
            }
        }
        builder.addNamespaceResolver(new ByKey());
    }

    /** The namespaces of every bundle, for tests and the architecture document. */
    Set<String> namespaces() {
        return byNamespace.keySet();
    }

    /** The interface that declares a namespace's messages. */
    Class<?> bundle(String namespace) {
        return byNamespace.get(namespace).bundle;
    }

    /** Keys that more than one bundle declares (there must be none: {@code text:of} would pick one). */
    List<String> duplicateKeys() {
        return List.copyOf(duplicateKeys);
    }

    /** The names of the messages of {@code namespace} remembered in that language (answered or not). */
    Set<String> remembered(String namespace, Locale locale) {
        return byNamespace.get(namespace).texts.getOrDefault(locale, Map.of()).keySet();
    }

    /** The text of {@code key} in that language, with its arguments; the key itself when no bundle has it. */
    public String text(Locale locale, String key, Object... args) {
        Remembered bundle = key == null ? null : byKey.get(key);
        if (bundle == null) {
            return key;
        }
        if (args.length == 0) {
            Object text = bundle.text(locale, key);
            if (text instanceof String s) {
                return s;
            }
        }
        return bundle.invoke(locale, key, args);
    }

    /** The label of a code list value in that language ({@code {value.label}} in a template). */
    static String label(Labelled value, Object locale) {
        return Arc.container().instance(MessageCache.class).get().text(asLocale(locale), value.msgKey());
    }

    static Locale asLocale(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
    }

    /** {@code {text:of(key)}}, {@code {text:of(key, arg, ...)}}: a key computed at run time, in any bundle. */
    final class ByKey implements NamespaceResolver {
        @Override
        public String getNamespace() {
            return TEXT_NAMESPACE;
        }

        @Override
        public CompletionStage<Object> resolve(EvalContext ctx) {
            if (!"of".equals(ctx.getName()) || ctx.getParams().isEmpty()) {
                return CompletedStage.of(Results.NotFound.from(ctx));
            }
            Locale locale = asLocale(ctx.getAttribute(MessageBundles.ATTRIBUTE_LOCALE));
            int count = ctx.getParams().size();
            if (count == 1) {
                return ctx.evaluate(ctx.getParams().get(0))
                        .thenApply(key -> text(locale, key == null ? null : key.toString()));
            }
            List<CompletionStage<Object>> values = new ArrayList<>(count);
            for (var param : ctx.getParams()) {
                values.add(ctx.evaluate(param).toCompletableFuture());
            }
            return java.util.concurrent.CompletableFuture.allOf(values.toArray(new java.util.concurrent.CompletableFuture[0]))
                    .thenApply(done -> {
                        Object key = values.get(0).toCompletableFuture().join();
                        Object[] args = new Object[count - 1];
                        for (int i = 1; i < count; i++) {
                            args[i - 1] = values.get(i).toCompletableFuture().join();
                        }
                        return text(locale, key == null ? null : key.toString(), args);
                    });
        }
    }

    /** One bundle's remembered texts, by language and message name. */
    static final class Remembered implements NamespaceResolver {
        private final Class<?> bundle;
        private final String namespace;
        private final Map<Locale, Map<String, Object>> texts = new ConcurrentHashMap<>();

        Remembered(Class<?> bundle, String namespace) {
            this.bundle = bundle;
            this.namespace = namespace;
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
                Object text = text(locale, ctx.getName());
                return CompletedStage.of(text == NONE ? Results.NotFound.from(ctx) : text);
            }
            if (params.size() == 1 && BY_KEY.equals(ctx.getName())) {
                return ctx.evaluate(ctx.getParams().get(0)).thenApply(key -> {
                    Object text = key instanceof String name ? text(locale, name) : NONE;
                    return text == NONE ? Results.NotFound.from(ctx) : text;
                });
            }
            return CompletedStage.of(Results.NotFound.from(ctx));
        }

        /** The message's text in that language, or {@link #NONE} (the bundle's resolver then has its say). */
        Object text(Locale locale, String name) {
            // A plain read first: this runs for every message a page shows, and it is almost always there.
            Map<String, Object> byName = texts.get(locale);
            if (byName == null) {
                byName = texts.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
            }
            Object text = byName.get(name);
            if (text == null) {
                text = byName.computeIfAbsent(name, n -> read(locale, n));
            }
            return text;
        }

        private Object read(Locale locale, String name) {
            try {
                Method method = bundle.getMethod(name);
                Object text = method.invoke(localized(locale));
                return text instanceof String ? text : NONE;
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | RuntimeException e) {
                // Not a message without parameters, or no bundle for that language: left to the bundle's resolver.
                return NONE;
            }
        }

        /** A message with arguments, through the bundle's own generated method (arguments as text). */
        String invoke(Locale locale, String name, Object[] args) {
            for (Method method : bundle.getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                    Object[] texts = new Object[args.length];
                    for (int i = 0; i < args.length; i++) {
                        texts[i] = args[i] == null ? "" : args[i].toString();
                    }
                    try {
                        return String.valueOf(method.invoke(localized(locale), texts));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("Message " + namespace + ":" + name + " failed", e);
                    }
                }
            }
            return name;
        }

        private Object localized(Locale locale) {
            return MessageBundles.get(bundle, Localized.Literal.of(locale.getLanguage()));
        }
    }

    /** Remembered for a name this cache does not answer. */
    private static final Object NONE = new Object();
}
