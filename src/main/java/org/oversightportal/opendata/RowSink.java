package org.oversightportal.opendata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Where the rows of a download go, one at a time, in the order of its columns: a CSV file (Commons
 * CSV) or a JSON array of objects (Jackson's streaming generator), so that one query feeds both and
 * neither holds more than a batch in memory.
 */
public interface RowSink {

    /** One record; the values are in the order of the download's columns. */
    void row(Object... values) throws IOException;

    /** Pushes what was written so far to the reader (called after each batch). */
    void flush() throws IOException;

    /** Ends the file; the underlying stream stays open (it may be a zip entry). */
    void finish() throws IOException;

    /**
     * CSV with a header row. Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or
     * carriage return) is prefixed with an apostrophe, as OWASP recommends against CSV injection.
     */
    static RowSink csv(OutputStream out, List<String> columns) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new))
                .setAutoFlush(false).get().print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return new RowSink() {
            @Override
            public void row(Object... values) throws IOException {
                for (Object v : values) {
                    printer.print(v instanceof String s ? defused(s) : v);
                }
                printer.println();
            }

            @Override
            public void flush() throws IOException {
                printer.flush();
            }

            @Override
            public void finish() throws IOException {
                printer.flush();
            }
        };
    }

    /** A JSON array of objects keyed by column; numbers and booleans as JSON values, dates in ISO 8601. */
    static RowSink json(OutputStream out, List<String> columns) throws IOException {
        JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8);
        json.writeStartArray();
        return new RowSink() {
            @Override
            public void row(Object... values) throws IOException {
                json.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    json.writeFieldName(columns.get(i));
                    Object v = values[i];
                    if (v == null) {
                        json.writeNull();
                    } else if (v instanceof Boolean b) {
                        json.writeBoolean(b);
                    } else if (v instanceof BigDecimal d) {
                        json.writeNumber(d);
                    } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
                        json.writeNumber(((Number) v).longValue());
                    } else if (v instanceof Number n) {
                        json.writeNumber(n.doubleValue());
                    } else {
                        json.writeString(v.toString());
                    }
                }
                json.writeEndObject();
            }

            @Override
            public void flush() throws IOException {
                json.flush();
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                json.flush();
            }
        };
    }

    /** The CSV-injection defence applied to one text value. */
    static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
