package org.oversightportal.common;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One-line fields hold no line break. A browser cannot put one in an input, so one there was crafted: a
 * name with CR LF would reach an email's headers (subjects name technologies, agencies and vendors), a CSV
 * or a log line as two lines. Checked on the form objects that both the web forms ({@link FormBinding}) and
 * the API bind, so every field that is not {@link MultiLine} is refused with {@code error_line_break}
 * (shown on the form; named with its field in the API's 422).
 */
public final class SingleLine {

    /** The error code of a line break in a one-line field. */
    public static final String ERROR = "error_line_break";

    /** CR, LF, and the other characters that end a line: NEL, the line and paragraph separators. */
    private static final Pattern BREAK = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]");

    /** The label keys the forms have: a text field without one is hidden (a honeypot), not typed. */
    private static final Set<String> LABELS = labels();

    private SingleLine() {
    }

    public static boolean hasBreak(String value) {
        return value != null && BREAK.matcher(value).find();
    }

    /**
     * Adds {@link #ERROR} for every one-line text field of {@code form} (and of its rows, named as
     * {@code list[index].field}) that holds a line break. Call it once rows are final (blank rows dropped).
     */
    public static void check(Object form, FieldErrors errors) {
        check(form, "", errors);
    }

    private static void check(Object form, String prefix, FieldErrors errors) {
        if (form == null) {
            return;
        }
        for (Field field : form.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(MultiLine.class)) {
                continue;
            }
            Object value = read(field, form);
            if (field.getType() == String.class) {
                String name = prefix + field.getName();
                if (hasBreak((String) value) && LABELS.contains(errors.labelFor(name))) {
                    errors.add(name, ERROR);
                }
            } else if (value instanceof List<?> rows) {
                for (int i = 0; i < rows.size(); i++) {
                    Object row = rows.get(i);
                    if (row != null && !(row instanceof String)) {
                        check(row, prefix + field.getName() + "[" + i + "].", errors);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object form) {
        try {
            return field.get(form);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> labels() {
        return MessageFiles.englishKeys();
    }
}
