package org.oversightportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Messages without parameters are remembered per language (MessageCache): the remembered text is the bundle's own
 * in each language, everything else still goes to the bundle, and the texts it remembers hold no expression that
 * could make them differ from one page to the next.
 */
@QuarkusTest
class MessageCacheTest {

    @Inject
    Engine engine;

    @Inject
    MessageCache cache;

    @Test
    void aRememberedMessageIsTheBundlesOwnTextInEachLanguage() {
        String template = "{msg:filter_any}|{label:message(key)}|{msg:inventory_results(count)}|{msg:no_such_key ?: 'none'}";
        for (String lang : MessageBundlesTest.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(lang);
            Messages msg = MessageBundles.get(Messages.class, Localized.Literal.of(lang));
            ValueLabels label = MessageBundles.get(ValueLabels.class, Localized.Literal.of(lang));
            String expected = msg.filter_any() + "|" + label.sort_name() + "|" + msg.inventory_results("3") + "|none";
            // Twice: the first render reads the bundle, the second the remembered texts.
            for (int i = 0; i < 2; i++) {
                assertThat(engine.parse(template).instance().setLocale(locale).data("key", "sort_name")
                        .data("count", "3").render()).as("%s, render %d", lang, i).isEqualTo(expected);
            }
            assertThat(cache.remembered("msg", locale)).as(lang).contains("filter_any")
                    .doesNotContain("inventory_results");
            assertThat(cache.remembered("label", locale)).as(lang).contains("sort_name");
        }
        assertThat(MessageBundles.get(Messages.class, Localized.Literal.of("es")).filter_any())
                .isNotEqualTo(MessageBundles.get(Messages.class, Localized.Literal.of("en")).filter_any());
    }

    @Test
    void noMessageWithoutParametersHasAnExpressionInItsText() throws IOException {
        assertThat(MessageCache.BUNDLES.stream().map(b -> b.getAnnotation(MessageBundle.class).value()))
                .as("every bundle is remembered").containsExactlyInAnyOrderElementsOf(MessageBundlesTest.bundles().toList());
        for (Class<?> bundle : MessageCache.BUNDLES) {
            String namespace = bundle.getAnnotation(MessageBundle.class).value();
            for (String lang : MessageBundlesTest.LANGUAGES) {
                Properties texts = MessageBundlesTest.load(namespace, lang);
                for (Method method : bundle.getMethods()) {
                    if (method.getParameterCount() == 0 && texts.containsKey(method.getName())) {
                        assertThat(texts.getProperty(method.getName())).as("%s_%s %s", namespace, lang, method.getName())
                                .doesNotContain("{");
                    }
                }
            }
        }
    }
}
