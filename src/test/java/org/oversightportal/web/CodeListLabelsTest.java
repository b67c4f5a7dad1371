package org.oversightportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.Labelled;
import org.oversightportal.common.MessageFiles;

/**
 * Every value of every code list ({@link Labelled} enum, found in the compiled classes) has its label,
 * {@code <prefix>_<code>}, in some feature's bundle, in every language: {@code {value.label}} never shows a key.
 */
class CodeListLabelsTest {

    @Test
    void everyValueOfEveryCodeListHasALabelInEveryLanguage() {
        List<Class<?>> codeLists = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oversightportal").stream().filter(JavaClass::isEnum)
                .filter(c -> c.isAssignableTo(Labelled.class)).<Class<?>>map(JavaClass::reflect).toList();
        assertThat(codeLists).as("code lists found").hasSizeGreaterThan(15);
        List<String> missing = new ArrayList<>();
        for (String lang : MessageBundlesTest.LANGUAGES) {
            Properties texts = new Properties();
            MessageFiles.bundles().forEach(bundle -> texts.putAll(MessageFiles.load(bundle, lang)));
            for (Class<?> codeList : codeLists) {
                for (Object value : codeList.getEnumConstants()) {
                    String key = ((Labelled) value).msgKey();
                    if (!texts.containsKey(key)) {
                        missing.add(lang + " " + codeList.getSimpleName() + "." + value + " (" + key + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
