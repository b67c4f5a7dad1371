package org.oversightportal.common;

import java.util.Locale;

/**
 * An enum value shown to people. Its label lives in the message bundle under
 * {@code <prefix>_<lower-case name>}, so every value is translated like any other text.
 */
public interface Labelled {

    String name();

    String messagePrefix();

    default String msgKey() {
        return messagePrefix() + "_" + name().toLowerCase(Locale.ROOT);
    }

    /** The value as it appears in URLs and downloads: lower case, stable. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Labelled> E fromCode(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
