package org.oversightportal.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page's layout needs to know about the request: its language and its address.
 *
 * <p>A page rendered for the page cache is rendered for its canonical address ({@link #renderFor}), the key it
 * is stored under, never for the address as requested: the cached copy is handed to every visitor of that key,
 * so nothing only one request carried (a made-up {@code ?x=y}, a tracking parameter, another order of the
 * same parameters) may end up in it (review finding 8).
 */
@Named("page")
@RequestScoped
public class PageContext {

    @Inject
    RequestLocale locale;

    @Inject
    CurrentVertxRequest request;

    /** The path and query this page is rendered for, when it is not the request's own (see {@link #renderFor}). */
    private String canonicalPath;
    private String canonicalQuery;

    /**
     * From now on this request's page is rendered for {@code address} (a path with its query, if any, as the
     * page cache keys it) instead of the address it was requested at.
     */
    public void renderFor(String address) {
        int question = address.indexOf('?');
        canonicalPath = question < 0 ? address : address.substring(0, question);
        canonicalQuery = question < 0 ? "" : address.substring(question + 1);
    }

    public String lang() {
        return locale.language();
    }

    public String otherLang() {
        return lang().equals("es") ? "en" : "es";
    }

    public String path() {
        if (canonicalPath != null) {
            return canonicalPath;
        }
        return request.getCurrent() == null ? "/" : request.getCurrent().request().path();
    }

    /** This same page in the other language: the current address with {@code lang} replaced. */
    public String switchLanguageUrl() {
        HttpServerRequest r = request.getCurrent() == null ? null : request.getCurrent().request();
        if (r == null && canonicalPath == null) {
            return "/?lang=" + otherLang();
        }
        List<String> kept = new ArrayList<>();
        String query = canonicalPath != null ? canonicalQuery : r.query();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!name.equals(RequestLocale.PARAM) && !pair.isEmpty()) {
                    kept.add(pair);
                }
            }
        }
        kept.add(RequestLocale.PARAM + "=" + URLEncoder.encode(otherLang(), StandardCharsets.UTF_8));
        return path() + "?" + String.join("&", kept);
    }

    /**
     * The CSRF token of this request's forms, for the sign-out button every signed-in page carries; null
     * where the CSRF filter did not run (a page rendered outside a resource), and then the layout links to
     * the sign-out page instead.
     */
    public String csrfToken() {
        return request.getCurrent() == null ? null : request.getCurrent().get("csrf_token");
    }

    /** True for the navigation entry of the section this page belongs to. */
    public boolean inSection(String prefix) {
        String path = path();
        return prefix.equals("/") ? path.equals("/") : path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
