package org.oversightportal.web;

import io.quarkus.qute.TemplateExtension;
import org.oversightportal.common.Labelled;

/**
 * {@code {value.label}}: the label of any code list value ({@link Labelled}) in the page's language. The text is
 * the message {@code <prefix>_<code>} in the bundle of the feature that owns the enum, so a new value is one
 * line in each language file and nothing else.
 */
@TemplateExtension
public final class LabelExtension {

    private LabelExtension() {
    }

    static String label(Labelled value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return MessageCache.label(value, locale);
    }
}
