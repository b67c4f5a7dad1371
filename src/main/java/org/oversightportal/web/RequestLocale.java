package org.oversightportal.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request: an explicit {@code ?lang=} choice first (which the response then
 * remembers in a cookie), then the remembered choice, then the browser's Accept-Language, then
 * English.
 */
@RequestScoped
public class RequestLocale {

    public static final String PARAM = "lang";
    public static final String COOKIE = "portal_lang";
    public static final List<String> SUPPORTED = List.of("en", "es");

    @Inject
    CurrentVertxRequest request;

    private Locale locale;
    private String explicitChoice;

    public Locale get() {
        if (locale == null) {
            locale = Locale.forLanguageTag(resolve());
        }
        return locale;
    }

    public String language() {
        return get().getLanguage();
    }

    /** The language asked for with {@code ?lang=}, to be remembered; null if none was. */
    public String explicitChoice() {
        get();
        return explicitChoice;
    }

    private String resolve() {
        RoutingContext ctx = request.getCurrent();
        if (ctx == null) {
            return "en";
        }
        String param = ctx.request().getParam(PARAM);
        if (param != null && SUPPORTED.contains(param)) {
            explicitChoice = param;
            return param;
        }
        return remembered(ctx);
    }

    /**
     * The language of a request without an explicit choice: the remembered one, then the browser's
     * Accept-Language, then English. Usable where no request context is active (failure handlers).
     */
    public static String remembered(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        String header = ctx.request().getHeader("Accept-Language");
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String lang = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (SUPPORTED.contains(lang)) {
                        return lang;
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header is no reason to fail the page: fall back to English.
            }
        }
        return "en";
    }
}
