package org.oversightportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text exists in every language, with the same placeholders: a missing key fails the build. */
class MessageBundlesTest {

    static final String[] LANGUAGES = { "en", "es" };
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_]*)}");

    /** Every bundle in src/main/resources/messages, found by its English file: a new bundle is covered too. */
    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - "_en.properties".length())).sorted().toList();
            assertThat(names).contains("msg", "inv", "cm");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String bundle) throws IOException {
        Properties english = load(bundle, "en");
        assertThat(english).isNotEmpty();
        for (String lang : LANGUAGES) {
            Properties other = load(bundle, lang);
            assertThat(other.stringPropertyNames()).as("keys of %s_%s", bundle, lang)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as("%s_%s %s", bundle, lang, key).isNotBlank();
                assertThat(placeholders(other.getProperty(key))).as("placeholders of %s_%s %s", bundle, lang, key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void aBundleStaysUnderAHundredKeys(String bundle) throws IOException {
        // Quarkus generates one resolver method per bundle that compares a name with each key in turn: past about
        // 100 keys the JIT's first compiler leaves it interpreted (docs/performance.md), and past 300 it breaks.
        assertThat(load(bundle, "en").size()).as("keys in %s_en", bundle).isLessThan(100);
    }

    @org.junit.jupiter.api.Test
    void aKeyBelongsToOneBundle() throws IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        List<String> twice = new java.util.ArrayList<>();
        for (String bundle : bundles().toList()) {
            for (String key : load(bundle, "en").stringPropertyNames()) {
                String first = owner.putIfAbsent(key, bundle);
                if (first != null) {
                    twice.add(key + " in " + first + " and " + bundle);
                }
            }
        }
        // {text:of(key)} and {value.label} find a key in whichever bundle has it, so a key must name one text.
        assertThat(twice).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void spanishIsActuallyTranslated(String bundle) throws IOException {
        Properties english = load(bundle, "en");
        Properties spanish = load(bundle, "es");
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(spanish.getProperty(k))).count();
        // A few words are the same in both languages (No, Local, Federal); most must differ.
        assertThat(same).as("untranslated texts in %s_es", bundle).isLessThan(english.size() / 20 + 3);
    }

    static Properties load(String bundle, String lang) throws IOException {
        String path = "/messages/" + bundle + "_" + lang + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
