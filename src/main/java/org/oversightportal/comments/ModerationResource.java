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

    @CheckedTemplate(basePath = "comments/moderation")
    static class Templates {
        static native TemplateInstance queue(ModerationService.QueuePage queue, long pending,
                RejectReason[] reasons, String notice, boolean incomplete, boolean stale);
    }

    @Inject
    ModerationService moderation;

    @GET
    public TemplateInstance queue(@RestQuery String notice, @RestQuery int page) {
        return Templates.queue(moderation.queue(page), moderation.pendingCount(), RejectReason.values(),
                "done".equals(notice) ? "notice_moderated" : null, "incomplete".equals(notice), "stale".equals(notice));
    }

    /**
     * One form for every action: {@code action} is publish, reject or hide; {@code selected} names
     * one or more tracking numbers (the queue's checkboxes, or a single comment's buttons).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(MultivaluedMap<String, String> params) {
        ModerationService.Action action = actionOf(params.getFirst("action"));
        List<String> selected = params.get("selected") == null ? List.of() : params.get("selected");
        RejectReason reason = Labelled.fromCode(RejectReason.class, params.getFirst("reason"));
        String note = FormBinding.isBlank(params.getFirst("note")) ? null
                : FormBinding.normalizeNewlines(params.getFirst("note")).strip();
        if (selected.isEmpty() || action == null || (action.needsReason() && reason == null)) {
            return Response.seeOther(URI.create("/moderation?notice=incomplete")).build();
        }
        int changed = 0;
        for (String tracking : selected) {
            if (tracking.matches(CommentResource.TRACKING_PATTERN)) {
                changed += moderation.act(tracking, action, reason, note);
            }
        }
        String back = "/moderation?notice=" + (changed == 0 ? "stale" : "done");
        String returnTo = params.getFirst("returnTo");
        if (returnTo != null && returnTo.matches("/technologies/[a-z0-9-]+")) {
            back = returnTo + "#comments";
        }
        return Response.seeOther(URI.create(back)).build();
    }

    private static ModerationService.Action actionOf(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "publish" -> ModerationService.Action.PUBLISH;
            case "reject" -> ModerationService.Action.REJECT;
            case "hide" -> ModerationService.Action.HIDE;
            default -> null;
        };
    }
}
