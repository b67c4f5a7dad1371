package org.oversightportal.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.oversightportal.common.FieldErrors;

/** Display logic for templates: dates, numbers and money in the reader's locale. */
@TemplateExtension
public class Formats {

    /** The time zone dates are shown in: the jurisdiction's (portal.time-zone). */
    static final ZoneId zone = ZoneId.of(ConfigProvider.getConfig()
            .getOptionalValue("portal.time-zone", String.class).orElse("UTC"));

    /**
     * A value shown back in a one-line input: a refused line break (see common.SingleLine) as a space, since
     * an input's value cannot hold one.
     */
    static String oneLine(Object value) {
        return value == null ? null : value.toString().replaceAll("\\r\\n|[\\r\\n\\u0085\\u2028\\u2029]", " ");
    }

    static String formatDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(loc(locale)).format(date);
    }

    static String formatDate(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : formatDate(instant.atZone(zone).toLocalDate(), locale);
    }

    static String formatDateTime(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(loc(locale)).format(instant.atZone(zone));
    }

    /** A deadline as people say it: the day in full and the time without seconds. */
    static String formatDeadline(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(loc(locale))
                        .format(instant.atZone(zone));
    }

    static String isoDate(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    /** A file size in kB or MB, with the locale's decimal separator ("2.4 MB", "2,4 MB"). */
    static String formatBytes(Long bytes, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat f = NumberFormat.getNumberInstance(loc(locale));
        f.setMaximumFractionDigits(1);
        return bytes < 1_000_000 ? f.format(Math.max(1, bytes / 1000.0)) + " kB" : f.format(bytes / 1_000_000.0) + " MB";
    }

    static String formatNumber(Number number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return number == null ? "" : NumberFormat.getIntegerInstance(loc(locale)).format(number);
    }

    static String money(BigDecimal amount, String currency, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(loc(locale));
        try {
            format.setCurrency(Currency.getInstance(currency == null ? "USD" : currency));
        } catch (IllegalArgumentException e) {
            // An unknown code still shows the amount, in the locale's currency format.
        }
        format.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    /** The input name of a field in a repeated row: {@code dataSources[2].name}. */
    static String rowField(Integer index, String list, String field) {
        return list + "[" + index + "]." + field;
    }

    static String fieldId(String field) {
        return FieldErrors.idFor(field);
    }

    private static Locale loc(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
    }
}
