package org.oversightportal.comments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestPath;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;

/** Moderators and admins set or extend a comment period's dates, giving a reason that is shown publicly. */
@Path("/moderation/periods")
@RolesAllowed({ CurrentUser.MODERATOR, CurrentUser.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class PeriodResource {

    @CheckedTemplate(basePath = "comments/staff")
    static class Templates {
        static native TemplateInstance edit(CommentPeriod period, PeriodService.PeriodForm form, FieldErrors errors);
    }

    @Inject
    PeriodService periods;

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id) {
        CommentPeriod period = load(id);
        return Templates.edit(period, periods.formFor(period), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, MultivaluedMap<String, String> params) {
        PeriodService.PeriodForm form = FormBinding.bind(PeriodService.PeriodForm.class, params);
        FieldErrors errors = periods.change(id, form);
        if (!errors.isEmpty()) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.edit(load(id), form, errors)).build();
        }
        return Response.seeOther(URI.create("/technologies/" + load(id).disclosure.slug + "?notice=period#comments"))
                .build();
    }

    private static CommentPeriod load(long id) {
        return CommentPeriod.<CommentPeriod>find("""
                select p from CommentPeriod p join fetch p.disclosure d join fetch d.agency where p.id = ?1""", id)
                .firstResultOptional().orElseThrow(NotFoundException::new);
    }
}
