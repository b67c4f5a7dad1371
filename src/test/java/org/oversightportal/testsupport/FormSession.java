package org.oversightportal.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does before posting a form: load the page, keep its CSRF cookie and the token in
 * its hidden field, and send both back with the post.
 */
public final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    public static final String COOKIE = "portal-csrf";

    public final String cookie;
    public final String token;
    private final String bearer;
    private final String html;

    private FormSession(String cookie, String token, String bearer, String html) {
        this.cookie = cookie;
        this.token = token;
        this.bearer = bearer;
        this.html = html;
    }

    /** The value of a hidden field of the loaded form, as a browser would send it back. */
    public String hidden(String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No hidden field " + name + " in the form");
        }
        return m.group(1);
    }

    /** Loads a form page as the user of a real access token (see {@link KeycloakTokens}). */
    public static FormSession open(String path, String bearerToken) {
        Response page = given().auth().oauth2(bearerToken).redirects().follow(false).get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("Expected the form page " + path + " to load, got " + page.statusCode());
        }
        Matcher m = TOKEN.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("No CSRF token in " + path);
        }
        return new FormSession(page.cookie(COOKIE), m.group(1), bearerToken, page.asString());
    }

    /** Loads a page with a form (as the current test identity) and reads its CSRF token. */
    public static FormSession open(String path) {
        Response page = given().redirects().follow(false).get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("Expected the form page " + path + " to load, got " + page.statusCode());
        }
        Matcher m = TOKEN.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("No CSRF token in " + path);
        }
        return new FormSession(page.cookie(COOKIE), m.group(1), null, page.asString());
    }

    /** A request carrying this session's CSRF cookie and token. */
    public RequestSpecification post(Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("csrf-token", token);
        // Browsers send forms in the page's encoding, UTF-8; REST Assured would default to ISO-8859-1.
        RequestSpecification spec = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(all);
        if (bearer != null) {
            spec.auth().oauth2(bearer);
        }
        return cookie == null ? spec : spec.cookie(COOKIE, cookie);
    }
}
