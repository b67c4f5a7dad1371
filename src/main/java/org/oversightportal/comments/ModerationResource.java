package org.oversightportal.comments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.Labelled;

/**
 * The moderation queue: pending comments oldest first, each or several at once published,
 * rejected with a reason, or (once published) hidden with a reason.
 */
@Path("/moderation")
@RolesAllowed(CurrentUser.MODERATOR)
@Produces(MediaType.TEXT_HTML)
public class ModerationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<PublicComment> comments, long pending, RejectReason[] reasons,
                String notice, boolean incomplete);
    }

    @Inject
    ModerationService moderation;

    @GET
    public TemplateInstance queue(@RestQuery String notice) {
        return Templates.queue(moderation.queue(), moderation.pendingCount(), RejectReason.values(),
                "done".equals(notice) ? "notice_moderated" : null, "incomplete".equals(notice));
    }

    /**
     * One form for every action: {@code action} is publish, reject or hide; {@code selected} names
     * one or more tracking numbers (the queue's checkboxes, or a single comment's buttons).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(MultivaluedMap<String, String> params) {
        String action = params.getFirst("action");
        List<String> selected = params.get("selected") == null ? List.of() : params.get("selected");
        RejectReason reason = Labelled.fromCode(RejectReason.class, params.getFirst("reason"));
        String note = FormBinding.isBlank(params.getFirst("note")) ? null
                : FormBinding.normalizeNewlines(params.getFirst("note")).strip();
        if (selected.isEmpty() || action == null || (!action.equals("publish") && reason == null)) {
            return Response.seeOther(URI.create("/moderation?notice=incomplete")).build();
        }
        for (String tracking : selected) {
            switch (action) {
                case "publish" -> moderation.publish(tracking);
                case "reject" -> moderation.reject(tracking, reason, note);
                case "hide" -> moderation.hide(tracking, reason, note);
                default -> {
                    return Response.seeOther(URI.create("/moderation?notice=incomplete")).build();
                }
            }
        }
        return Response.seeOther(URI.create("/moderation?notice=done")).build();
    }
}
