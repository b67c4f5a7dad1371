package org.oversightportal.testsupport;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker, as a library: the errors it finds in one HTML document. The checker
 * (its schema takes a while to load) is set up once and reused; each check collects into a fresh list.
 */
public final class HtmlChecker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static SimpleDocumentValidator validator;
    private static List<String> current = new ArrayList<>();

    private static final ErrorHandler COLLECT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings (and info) are advice; the gate is on errors.
        }

        @Override
        public void error(SAXParseException e) {
            current.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    };

    private HtmlChecker() {
    }

    public static synchronized List<String> errors(String html) {
        current = new ArrayList<>();
        try {
            if (validator == null) {
                SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
                v.setUpMainSchema(HTML5_SCHEMA, COLLECT);
                v.setUpValidatorAndParsers(COLLECT, false, false);
                validator = v;
            }
            InputSource source = new InputSource(new StringReader(html));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            current.add("fatal: " + e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML checker could not run", e);
        }
        return current;
    }
}
