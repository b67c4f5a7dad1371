package org.oversightportal.subscriptions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.RateLimiter;
import org.oversightportal.opendata.FeedItems;
import org.oversightportal.subscriptions.SubscriptionService.Scope;
import org.oversightportal.web.RequestLocale;

/**
 * Subscribing by email without an account: the form, the "check your email" page, the confirmation
 * page reached from the emailed link, and the page the unsubscribe link of every email opens. Opening a
 * link changes nothing (mail scanners and previews open them): each page has one button, a form with the
 * CSRF token. An ended subscription offers the form again, never a resume. Mail clients' one-click
 * unsubscribe (RFC 8058), which posts without a cookie or a CSRF token, is {@link OneClickUnsubscribe}.
 */
@Path("/subscriptions")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionResource {

    /** A topic as offered on the form: its code and the message key of its name. */
    public record Topic(String code, String key) {
    }

    static final List<Topic> TOPICS = FeedItems.TOPICS.stream()
            .map(t -> new Topic(t, "topic_" + t.replace('-', '_'))).toList();

    @CheckedTemplate(basePath = "subscriptions")
    static class Templates {
        static native TemplateInstance form(SubscriptionForm form, Scope scope, List<Topic> topics,
                FieldErrors errors, long retryMinutes);

        static native TemplateInstance sent();

        static native TemplateInstance status(Subscription s, String what, String state, String token, String again);
    }

    @Inject
    SubscriptionService subscriptions;

    @Inject
    RateLimiter limiter;

    @Inject
    RequestLocale locale;

    @GET
    @Path("new")
    public TemplateInstance form(@RestQuery String topic, @RestQuery String agency, @RestQuery String vendor,
            @RestQuery String technology) {
        Scope scope = subscriptions.scope(agency, vendor, technology).orElseThrow(NotFoundException::new);
        SubscriptionForm form = new SubscriptionForm();
        form.topic = topic != null && FeedItems.TOPICS.contains(topic) ? topic : "technologies";
        form.frequency = Subscription.IMMEDIATE;
        return Templates.form(form, scope, TOPICS, FieldErrors.none(), 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(MultivaluedMap<String, String> params) {
        SubscriptionForm form = FormBinding.bind(SubscriptionForm.class, params);
        Scope scope = subscriptions.scope(form.agency, form.vendor, form.technology)
                .orElseThrow(NotFoundException::new);
        if (subscriptions.isDecoy(form)) {
            return Response.seeOther(URI.create("/subscriptions/sent")).build();
        }
        FieldErrors errors = subscriptions.validate(form);
        if (!errors.isEmpty()) {
            return page(422, Templates.form(form, scope, TOPICS, errors, 0));
        }
        RateLimiter.Decision decision = limiter.trySubmission();
        if (!decision.allowed()) {
            long minutes = (decision.retryAfterSeconds() + 59) / 60;
            return Response.fromResponse(page(429, Templates.form(form, scope, TOPICS, errors, minutes)))
                    .header("Retry-After", decision.retryAfterSeconds()).build();
        }
        subscriptions.request(form, scope, locale.get());
        return Response.seeOther(URI.create("/subscriptions/sent")).build();
    }

    @GET
    @Path("sent")
    public TemplateInstance sent() {
        return Templates.sent();
    }

    /** The page the confirmation email links to: one button, so that a link scanner confirms nothing. */
    @GET
    @Path("confirm/{token}")
    public TemplateInstance confirmPage(@RestPath String token) {
        Subscription s = Subscription.findByToken(token).orElseThrow(NotFoundException::new);
        return status(s, s.isActive() ? "confirmed" : s.isLive() ? "pending" : "unsubscribed", token);
    }

    @POST
    @Path("confirm/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestPath String token) {
        subscriptions.confirm(token).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/subscriptions/confirm/" + token)).build();
    }

    /** The unsubscribe link of every email: a page with the button that ends the subscription. */
    @GET
    @Path("unsubscribe/{token}")
    public TemplateInstance unsubscribePage(@RestPath String token) {
        Subscription s = Subscription.findByUnsubscribeToken(token).orElseThrow(NotFoundException::new);
        return status(s, s.isLive() ? "unsubscribe" : "unsubscribed", token);
    }

    /** The button of the unsubscribe page (a POST on the link itself is the mail client's one-click). */
    @POST
    @Path("unsubscribe/{token}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(@RestPath String token) {
        subscriptions.unsubscribe(token).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/subscriptions/unsubscribe/" + token)).build();
    }

    private TemplateInstance status(Subscription s, String state, String token) {
        return Templates.status(s, subscriptions.describe(s, locale.get()), state, token, again(s));
    }

    /** The form again, for the same topic and scope: a new request, confirmed again from a new email. */
    private static String again(Subscription s) {
        return "/subscriptions/new?topic=" + s.topic
                + (Subscription.ALL.equals(s.scopeKind) ? "" : "&" + s.scopeKind + "=" + s.scopeSlug);
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
