package org.oversightportal.common;

import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Binds an HTML form onto a plain form object whose public fields are all text: {@code String}
 * fields by name, {@code List<String>} fields from repeated inputs (checkboxes), and lists of
 * row objects from indexed names such as {@code dataSources[2].recordCount}. Nothing is parsed
 * here, so what the user typed is kept even when it is not valid yet.
 */
public final class FormBinding {

    /** More rows than any real disclosure needs; stops a crafted form from growing without bound. */
    public static final int MAX_ROWS = 100;

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private FormBinding() {
    }

    public static <T> T bind(Class<T> type, MultivaluedMap<String, String> params) {
        return bind(type, params, "");
    }

    private static <T> T bind(Class<T> type, MultivaluedMap<String, String> params, String prefix) {
        try {
            T target = type.getDeclaredConstructor().newInstance();
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                String name = prefix + field.getName();
                if (field.getType() == String.class) {
                    String value = params.getFirst(name);
                    field.set(target, value == null ? null : normalizeNewlines(value));
                } else if (field.getType() == List.class) {
                    Class<?> element = elementType(field);
                    if (element == String.class) {
                        List<String> values = params.get(name);
                        // List values follow the same input rule as single ones (finding 5: capabilities=%00 was a 500).
                        field.set(target, values == null ? new ArrayList<>()
                                : new ArrayList<>(values.stream().map(v -> v == null ? null : normalizeNewlines(v)).toList()));
                    } else {
                        List<Object> rows = new ArrayList<>();
                        for (int i = 0; i < MAX_ROWS; i++) {
                            String rowPrefix = name + "[" + i + "].";
                            if (params.keySet().stream().noneMatch(k -> k.startsWith(rowPrefix))) {
                                continue;
                            }
                            rows.add(bind(element, params, rowPrefix));
                        }
                        field.set(target, rows);
                    }
                }
            }
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Form class " + type.getSimpleName() + " cannot be bound", e);
        }
    }

    private static Class<?> elementType(Field field) {
        return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
    }

    /**
     * Browsers send CRLF in text areas; store what the user sees. Control characters other than
     * tab and newline cannot be typed, cannot be stored by PostgreSQL (NUL) and are dropped.
     */
    public static String normalizeNewlines(String value) {
        return CONTROL.matcher(value.replace("\r\n", "\n")).replaceAll("");
    }


    /**
     * Applies the input rule of {@link #normalizeNewlines} to every text of a form bound some other way (the API's
     * JSON): its String fields, its lists of strings, and its rows. The same rule for every entry point.
     */
    public static <T> T clean(T form) {
        if (form == null) {
            return null;
        }
        try {
            for (Field field : form.getClass().getFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = field.get(form);
                if (value instanceof String s) {
                    field.set(form, normalizeNewlines(s));
                } else if (value instanceof List<?> list) {
                    List<Object> cleaned = new ArrayList<>();
                    for (Object item : list) {
                        cleaned.add(item instanceof String s ? normalizeNewlines(s) : clean(item));
                    }
                    field.set(form, cleaned);
                }
            }
            return form;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Form class " + form.getClass().getSimpleName() + " cannot be cleaned", e);
        }
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
