package org.oversightportal.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems found in a submitted form, each against the name of the input it belongs to, in the
 * order of the form. The message is a bundle key (and an optional argument), so the page shows
 * it in the reader's language.
 */
public class FieldErrors {

    /**
     * One problem. {@code label} is the bundle key of the field's label, so the error summary can
     * say which field it is; for a field in a repeated row, {@code rowKey} and {@code row} name the
     * row ("Data source 2").
     */
    public record FieldError(String field, String key, String arg, String label, String rowKey, String row) {

        /** The id of the input, safe for an HTML id and a fragment link. */
        public String fieldId() {
            return FieldErrors.idFor(field);
        }
    }

    /** Names the label (and row caption) of a field of one form. */
    public interface Labels {
        /** The label key of a field, given its name without any row prefix. */
        String label(String field);

        /** The caption key of a row of the named list, e.g. {@code row_data_source}. */
        default String rowCaption(String list) {
            return null;
        }
    }

    private static final Pattern ROW_FIELD = Pattern.compile("([A-Za-z]+)\\[(\\d+)]\\.([A-Za-z]+)");

    private final Map<String, FieldError> errors = new LinkedHashMap<>();
    private final Labels labels;

    public FieldErrors() {
        this(field -> "field_" + field);
    }

    public FieldErrors(Labels labels) {
        this.labels = labels;
    }

    public void add(String field, String key) {
        add(field, key, null);
    }

    public void add(String field, String key, Object arg) {
        String text = arg == null ? null : String.valueOf(arg);
        Matcher row = ROW_FIELD.matcher(field);
        FieldError error = row.matches()
                ? new FieldError(field, key, text, labels.label(row.group(1) + "." + row.group(3)),
                        labels.rowCaption(row.group(1)), String.valueOf(Integer.parseInt(row.group(2)) + 1))
                : new FieldError(field, key, text, labels.label(field), null, null);
        errors.putIfAbsent(field, error);
    }

    /** The label key a problem with this field would name. */
    public String labelFor(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        return row.matches() ? labels.label(row.group(1) + "." + row.group(3)) : labels.label(field);
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
