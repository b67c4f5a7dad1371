package org.oversightportal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.inventory.DisclosureDraft;
import org.oversightportal.inventory.DraftLimits;
import org.oversightportal.inventory.DisclosureForm;
import org.oversightportal.inventory.DisclosureService;

/**
 * Filing over the API, for agencies that keep their inventory in a system of their own: create and
 * update a draft, then submit it. The same service as the web forms, so the same validation, the same
 * agency scoping (the agency comes from the token, never from the request) and the same audit log.
 * Needs a Keycloak access token of an agency-staff account (Authorization: Bearer).
 */
@Path("/api/v1/staff/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff filing", description = "Agency staff create, update and submit disclosures (bearer token)")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from the portal's Keycloak realm, of an account with the agency-staff role")
@SecurityRequirement(name = "keycloak")
public class StaffApi {

    @Schema(description = "A draft disclosure of the caller's agency.")
    public record Draft(
            @Schema(description = "Identifier of the draft") long id,
            @Schema(description = "The technology this draft revises; null for a new one", nullable = true) String revises,
            @Schema(description = "The draft's fields, as last saved") DisclosureForm form,
            @Schema(description = "This draft in the API") String url) {
    }

    @Schema(description = "A submitted disclosure, now public.")
    public record Submitted(
            @Schema(description = "Stable identifier of the technology") String slug,
            @Schema(description = "The revision just published") int revision,
            @Schema(description = "Its public page") String url,
            @Schema(description = "Its record in the API") String apiUrl) {
    }

    @Schema(description = "A problem with one field of a submission.")
    public record FieldProblem(
            @Schema(description = "The field, as named in the draft's form (rows as field[index].column)") String field,
            @Schema(description = "What is wrong, as a stable code (for example error_required)") String code,
            @Schema(description = "A value the code refers to, such as a maximum length", nullable = true) String arg) {
    }

    @Schema(description = "An RFC 9457 problem listing every field that stops a submission.")
    public record Invalid(
            @Schema(description = "about:blank") String type,
            @Schema(description = "Unprocessable Content") String title,
            @Schema(description = "422") int status,
            @Schema(description = "How many problems there are") String detail,
            @Schema(description = "Each problem, by field") List<FieldProblem> errors) {
    }

    @Inject
    DisclosureService disclosures;

    @Inject
    CurrentUser user;

    @Inject
    jakarta.ws.rs.core.HttpHeaders headers;

    /**
     * Null when the caller is agency staff who sent a bearer token; otherwise the refusal: 401 without a
     * token (a browser's sign-in cookie is not enough, so a cross-site request cannot act), 403 for others.
     */
    Response refusal() {
        String authorization = headers.getHeaderString("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || !user.isSignedIn()) {
            return Response.status(401).header("WWW-Authenticate", "Bearer").type(Problems.MEDIA_TYPE)
                    .entity(new Problems.Problem("about:blank", "Unauthorized", 401,
                            "send an access token of an agency-staff account: Authorization: Bearer <token>"))
                    .build();
        }
        if (!user.isStaff()) {
            return Problems.of(403, "Forbidden", "only agency staff file disclosures");
        }
        return null;
    }

    @Inject
    ApiSupport api;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft", description = "Saved as sent, complete or not; nothing is public yet.")
    @RequestBody(description = "The disclosure's fields", content = @Content(schema = @Schema(implementation = DisclosureForm.class)))
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object of the form's fields",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the API takes (1 MB by default)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The account is not agency staff, or names no agency",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response create(DisclosureForm form) {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        if (form == null) {
            return Problems.badRequest("the body must be a JSON object with the disclosure's fields");
        }
        Response over = overLimits(FormBinding.clean(form));
        if (over != null) {
            return over;
        }
        DisclosureDraft draft = disclosures.createDraft(form);
        return Response.created(URI.create(api.url("/api/v1/staff/drafts/" + draft.id))).entity(draft(draft)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one of your agency's drafts")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "403", description = "The draft belongs to another agency",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "404", description = "No such draft",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response read(@Parameter(description = "Draft id") @RestPath long id) {
        Response refused = refusal();
        return refused != null ? refused : Response.ok(draft(disclosures.myDraft(id))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft's fields", description = "Saved as sent, complete or not.")
    @RequestBody(description = "The disclosure's fields", content = @Content(schema = @Schema(implementation = DisclosureForm.class)))
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object of the form's fields",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the API takes (1 MB by default)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "403", description = "The draft belongs to another agency",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "404", description = "No such draft",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    public Response update(@Parameter(description = "Draft id") @RestPath long id, DisclosureForm form) {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        if (form == null) {
            return Problems.badRequest("the body must be a JSON object with the disclosure's fields");
        }
        disclosures.myDraft(id);
        Response over = overLimits(FormBinding.clean(form));
        if (over != null) {
            return over;
        }
        return Response.ok(draft(disclosures.saveDraft(id, form))).build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a draft", description = "Validated like the web form: when complete it is published "
            + "as the technology's next revision (the first opens a comment period); when not, the draft is kept and "
            + "every problem is listed.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Submitted.class)))
    @APIResponse(responseCode = "403", description = "The draft belongs to another agency",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "404", description = "No such draft",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problems.Problem.class)))
    @APIResponse(responseCode = "422", description = "Incomplete or invalid: the problems, by field",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Invalid.class)))
    public Response submit(@Parameter(description = "Draft id") @RestPath long id) {
        Response refused = refusal();
        if (refused != null) {
            return refused;
        }
        DisclosureDraft draft = disclosures.myDraft(id);
        DisclosureService.Submission result = disclosures.submit(draft.id, draft.form);
        if (!result.accepted()) {
            FieldErrors errors = result.errors();
            List<FieldProblem> problems = errors.all().stream()
                    .map(e -> new FieldProblem(e.field(), e.key(), e.arg())).toList();
            return Response.status(422).type(Problems.MEDIA_TYPE).entity(new Invalid("about:blank",
                    "Unprocessable Content", 422, problems.size() + " problems; the draft is kept", problems)).build();
        }
        String slug = result.disclosure().slug;
        return Response.ok(new Submitted(slug, result.disclosure().revision, api.url("/technologies/" + slug),
                api.url("/api/v1/technologies/" + slug))).build();
    }

    /** A draft over the form's length or row limits is not saved: 422 naming each field (security review finding 13). */
    private static Response overLimits(DisclosureForm form) {
        FieldErrors errors = DraftLimits.of(form);
        if (errors.isEmpty()) {
            return null;
        }
        List<FieldProblem> problems = errors.all().stream().map(e -> new FieldProblem(e.field(), e.key(), e.arg())).toList();
        return Response.status(422).type(Problems.MEDIA_TYPE).entity(new Invalid("about:blank", "Unprocessable Content",
                422, problems.size() + " problems; the draft was not saved", problems)).build();
    }

    private Draft draft(DisclosureDraft d) {
        return new Draft(d.id, d.disclosure == null ? null : d.disclosure.slug, d.form,
                api.url("/api/v1/staff/drafts/" + d.id));
    }
}
