package org.oversightportal.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns form text into values, recording a field error instead of throwing. Each method returns
 * null when the text is blank or does not parse (and then the error says why).
 */
public final class Parse {

    private Parse() {
    }

    public static String text(String value, String field, int max, boolean required, FieldErrors errors) {
        if (FormBinding.isBlank(value)) {
            if (required) {
                errors.add(field, "error_required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            errors.add(field, "error_too_long", max);
        }
        return trimmed;
    }

    public static BigDecimal money(String value, String field, boolean required, FieldErrors errors) {
        if (FormBinding.isBlank(value)) {
            if (required) {
                errors.add(field, "error_required");
            }
            return null;
        }
        String cleaned = value.strip().replace(",", "").replace("$", "").replace(" ", "");
        try {
            BigDecimal amount = new BigDecimal(cleaned);
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                errors.add(field, "error_money");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(field, "error_money");
            return null;
        }
    }

    public static Long wholeNumber(String value, String field, long max, FieldErrors errors) {
        if (FormBinding.isBlank(value)) {
            return null;
        }
        String cleaned = value.strip().replace(",", "").replace(" ", "");
        try {
            long number = Long.parseLong(cleaned);
            if (number < 0 || number > max) {
                errors.add(field, "error_whole_number");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(field, "error_whole_number");
            return null;
        }
    }

    public static LocalDate date(String value, String field, FieldErrors errors) {
        if (FormBinding.isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "error_date");
            return null;
        }
    }

    public static String url(String value, String field, boolean required, FieldErrors errors) {
        String text = text(value, field, 2000, required, errors);
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add(field, "error_url");
                return null;
            }
            return text;
        } catch (IllegalArgumentException e) {
            errors.add(field, "error_url");
            return null;
        }
    }

    public static boolean checked(String value) {
        return value != null && (value.equals("true") || value.equals("on") || value.equals("yes"));
    }

    public static <E extends Enum<E> & Labelled> E choice(Class<E> type, String value, String field, boolean required,
            FieldErrors errors) {
        if (FormBinding.isBlank(value)) {
            if (required) {
                errors.add(field, "error_choose");
            }
            return null;
        }
        E parsed = Labelled.fromCode(type, value);
        if (parsed == null) {
            errors.add(field, "error_choose");
        }
        return parsed;
    }

    /** Each row of a repeated list, read with the field name prefix of its row ({@code list[i].}). */
    public static <R, T> List<T> rows(List<R> rows, String list, BiFunction<R, String, T> read) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            values.add(read.apply(rows.get(i), list + "[" + i + "]."));
        }
        return values;
    }
}
