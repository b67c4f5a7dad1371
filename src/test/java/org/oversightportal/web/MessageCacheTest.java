package org.oversightportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.agencies.AgencyMessages;
import org.oversightportal.inventory.InventoryLabels;
import org.oversightportal.inventory.InventoryMessages;
import org.oversightportal.inventory.NdaStatus;

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
        String template = "{inv:filter_any}|{inv:message(key)}|{inv:inventory_results(count)}|{inv:no_such_key ?: 'none'}";
        for (String lang : MessageBundlesTest.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(lang);
            InventoryMessages inv = MessageBundles.get(InventoryMessages.class, Localized.Literal.of(lang));
            String expected = inv.filter_any() + "|" + inv.filter_clear() + "|" + inv.inventory_results("3") + "|none";
            // Twice: the first render reads the bundle, the second the remembered texts.
            for (int i = 0; i < 2; i++) {
                assertThat(engine.parse(template).instance().setLocale(locale).data("key", "filter_clear")
                        .data("count", "3").render()).as("%s, render %d", lang, i).isEqualTo(expected);
            }
            assertThat(cache.remembered("inv", locale)).as(lang).contains("filter_any", "filter_clear")
                    .doesNotContain("inventory_results");
        }
        assertThat(MessageBundles.get(InventoryMessages.class, Localized.Literal.of("es")).filter_any())
                .isNotEqualTo(MessageBundles.get(InventoryMessages.class, Localized.Literal.of("en")).filter_any());
    }

    @Test
    void aKeyComputedAtRunTimeIsFoundInWhicheverFeaturesBundleHoldsIt() {
        // error_required is the shell's, error_review_vote the board's, sort_name the inventory's labels'.
        String template = "{text:of(a)}|{text:of(b)}|{text:of(c, n)}|{text:of(missing)}";
        for (String lang : MessageBundlesTest.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(lang);
            String rendered = engine.parse(template).instance().setLocale(locale).data("a", "error_required")
                    .data("b", "sort_name").data("c", "inventory_results").data("n", 7).data("missing", "no_such_key")
                    .render();
            InventoryMessages inv = MessageBundles.get(InventoryMessages.class, Localized.Literal.of(lang));
            InventoryLabels labels = MessageBundles.get(InventoryLabels.class, Localized.Literal.of(lang));
            ShellTexts shell = MessageBundles.get(ShellTexts.class, Localized.Literal.of(lang));
            assertThat(rendered).as(lang).isEqualTo(shell.error_required() + "|" + labels.sort_name() + "|"
                    + inv.inventory_results("7") + "|no_such_key");
        }
        assertThat(cache.duplicateKeys()).as("keys declared by more than one bundle").isEmpty();
    }

    @Test
    void aCodeListValueShowsItsLabelInThePagesLanguage() {
        String template = "{status.label} / {kind.label}";
        for (String lang : MessageBundlesTest.LANGUAGES) {
            String rendered = engine.parse(template).instance().setLocale(Locale.forLanguageTag(lang))
                    .data("status", NdaStatus.SIGNED_WITHHELD).data("kind", AgencyKind.SCHOOL_DISTRICT).render();
            InventoryLabels labels = MessageBundles.get(InventoryLabels.class, Localized.Literal.of(lang));
            AgencyMessages agencies = MessageBundles.get(AgencyMessages.class, Localized.Literal.of(lang));
            assertThat(rendered).as(lang).isEqualTo(labels.nda_status_signed_withheld() + " / "
                    + agencies.agency_kind_school_district());
        }
    }

    @Test
    void noMessageWithoutParametersHasAnExpressionInItsText() throws IOException {
        assertThat(cache.namespaces()).as("every bundle is found and remembered")
                .containsExactlyInAnyOrderElementsOf(MessageBundlesTest.bundles().toList());
        for (String namespace : cache.namespaces()) {
            for (String lang : MessageBundlesTest.LANGUAGES) {
                Properties texts = MessageBundlesTest.load(namespace, lang);
                for (Method method : cache.bundle(namespace).getMethods()) {
                    if (method.getParameterCount() == 0 && texts.containsKey(method.getName())) {
                        assertThat(texts.getProperty(method.getName())).as("%s_%s %s", namespace, lang, method.getName())
                                .doesNotContain("{");
                    }
                }
            }
        }
    }
}
