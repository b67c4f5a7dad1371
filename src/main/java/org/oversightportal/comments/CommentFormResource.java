package org.oversightportal.comments;

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
import java.time.Clock;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestPath;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.RateLimiter;
import org.oversightportal.web.RequestLocale;
import org.oversightportal.inventory.Disclosure;

/** The comment form of a technology: no account needed; a receipt with a tracking number on success. */
@Path("/technologies/{slug}/comment")
@Produces(MediaType.TEXT_HTML)
public class CommentFormResource {

    @CheckedTemplate(basePath = "comments")
    static class Templates {
        static native TemplateInstance form(Disclosure d, CommentPeriod period, boolean open, CommentForm form,
                FieldErrors errors, String startToken, int maxLength, long retryMinutes);
    }

    @Inject
    CommentService comments;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Inject
    RateLimiter limiter;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance form(@RestPath String slug) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        CommentPeriod period = CommentPeriod.latestFor(d).orElse(null);
        return Templates.form(d, period, period != null && period.isOpenAt(Instant.now(clock)), new CommentForm(),
                FieldErrors.none(), comments.startToken(), config.comments().maxLength(), 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath String slug, MultivaluedMap<String, String> params) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow(NotFoundException::new);
        CommentPeriod period = CommentPeriod.latestFor(d).orElseThrow(NotFoundException::new);
        CommentForm form = FormBinding.bind(CommentForm.class, params);
        if (!comments.isDecoy(form) && comments.validate(period, form).isEmpty()) {
            // Counted only once the comment would be accepted: a resident fixing typos is never limited.
            RateLimiter.Decision decision = limiter.trySubmission();
            if (!decision.allowed()) {
                long minutes = (decision.retryAfterSeconds() + 59) / 60;
                TemplateInstance page = Templates.form(d, period, true, form, FieldErrors.none(), form.started,
                        config.comments().maxLength(), minutes);
                return Response.status(429).header("Retry-After", decision.retryAfterSeconds()).entity(page)
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
            }
        }
        CommentService.Outcome outcome = comments.submit(period, form, locale.get());
        if (outcome.accepted()) {
            return Response.seeOther(URI.create("/comments/" + outcome.trackingNumber() + "?new=true&receipt="
                    + outcome.receiptToken())).build();
        }
        TemplateInstance page = Templates.form(d, period, period.isOpenAt(Instant.now(clock)), form, outcome.errors(),
                comments.startToken(), config.comments().maxLength(), 0);
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
