package org.oversightportal.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems found in a submitted form, each against the name of the input it belongs to, in the
 * order of the form. The message is a bundle key (and an optional argument), so the page shows
 * it in the reader's language.
 */
public class FieldErrors {

    public record FieldError(String field, String key, String arg) {

        /** The id of the input, safe for an HTML id and a fragment link. */
        public String fieldId() {
            return FieldErrors.idFor(field);
        }
    }

    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    public void add(String field, String key) {
        add(field, key, null);
    }

    public void add(String field, String key, Object arg) {
        errors.putIfAbsent(field, new FieldError(field, key, arg == null ? null : String.valueOf(arg)));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public FieldError get(String field) {
        return errors.get(field);
    }

    public Collection<FieldError> all() {
        return errors.values();
    }

    public List<String> fields() {
        return new ArrayList<>(errors.keySet());
    }

    public int count() {
        return errors.size();
    }

    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** {@code dataSources[0].recordCount} becomes {@code f-dataSources-0-recordCount}. */
    public static String idFor(String field) {
        return "f-" + field.replace("[", "-").replace("].", "-").replace("]", "").replace(".", "-");
    }
}
