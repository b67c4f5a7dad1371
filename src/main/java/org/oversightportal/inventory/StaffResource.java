package org.oversightportal.inventory;

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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.agencies.Agency;
import org.oversightportal.agencies.AgencyKind;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.comments.PublicComment;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.vendors.Vendor;

/**
 * Agency staff file disclosures here: start one, save drafts, submit, and revise what they have
 * submitted. The agency is always the signed-in user's own (see {@link DisclosureService}).
 */
@Path("/staff")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.TEXT_HTML)
public class StaffResource {

    /** Everything the disclosure form offers to choose from. */
    public record Choices(List<Vendor> vendors) {
        public Category[] categories() {
            return Category.values();
        }

        public Capability[] capabilities() {
            return Capability.values();
        }

        public HostingType[] hostingTypes() {
            return HostingType.values();
        }

        public NdaStatus[] ndaStatuses() {
            return NdaStatus.values();
        }

        public LifecycleStatus[] lifecycles() {
            return LifecycleStatus.values();
        }

        public SharingLevel[] sharingLevels() {
            return SharingLevel.values();
        }

        public Mobility[] mobilities() {
            return Mobility.values();
        }

        public CostPeriod[] costPeriods() {
            return CostPeriod.values();
        }

        public FundingKind[] fundingKinds() {
            return FundingKind.values();
        }

        public AgencyKind[] agencyKinds() {
            return AgencyKind.values();
        }
    }

    @CheckedTemplate(basePath = "inventory/staff")
    static class Templates {
        static native TemplateInstance dashboard(Agency agency, List<DisclosureDraft> drafts,
                List<Disclosure> disclosures, String notice, long commentsWaiting, long openPeriods);

        static native TemplateInstance form(Agency agency, DisclosureDraft draft, DisclosureForm form,
                FieldErrors errors, Choices choices, String notice);
    }

    @Inject
    Clock clock;

    @Inject
    DisclosureService service;

    @GET
    public TemplateInstance dashboard(@RestQuery String notice) {
        Agency agency = service.myAgency();
        return Templates.dashboard(agency, service.myDrafts(), service.myDisclosures(), known(notice),
                PublicComment.count("period.disclosure.agency = ?1 and status in ?2", agency,
                        List.of(CommentStatus.PENDING, CommentStatus.FLAGGED)),
                CommentPeriod.count("disclosure.agency = ?1 and opensAt <= ?2 and closesAt > ?2", agency,
                        Instant.now(clock)));
    }

    @GET
    @Path("disclosures/new")
    public TemplateInstance newDisclosure() {
        return Templates.form(service.myAgency(), null, new DisclosureForm().withBlankRows(), FieldErrors.none(),
                choices(), null);
    }

    @POST
    @Path("disclosures/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> params) {
        DisclosureForm form = FormBinding.bind(DisclosureForm.class, params);
        FieldErrors limits = DraftLimits.of(form);
        if (!limits.isEmpty()) {
            return overLimits(null, form, limits);
        }
        if (isSubmit(params)) {
            return submitted(service.submit(null, form));
        }
        DisclosureDraft draft = service.createDraft(form);
        return redirect("/staff/drafts/" + draft.id + afterSave(params));
    }

    @GET
    @Path("drafts/{id}")
    public TemplateInstance draft(@RestPath long id, @RestQuery String notice) {
        DisclosureDraft draft = service.myDraft(id);
        return Templates.form(draft.agency, draft, draft.form.withBlankRows(), FieldErrors.none(), choices(),
                known(notice));
    }

    @POST
    @Path("drafts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, MultivaluedMap<String, String> params) {
        if ("discard".equals(params.getFirst("action"))) {
            service.discardDraft(id);
            return redirect("/staff?notice=discarded");
        }
        DisclosureForm form = FormBinding.bind(DisclosureForm.class, params);
        FieldErrors limits = DraftLimits.of(form);
        if (!limits.isEmpty()) {
            return overLimits(service.myDraft(id), form, limits);
        }
        if (isSubmit(params)) {
            return submitted(service.submit(id, form));
        }
        service.saveDraft(id, form);
        return redirect("/staff/drafts/" + id + afterSave(params));
    }

    @POST
    @Path("disclosures/{slug}/revise")
    public Response revise(@RestPath String slug) {
        DisclosureDraft draft = service.revise(slug);
        return redirect("/staff/drafts/" + draft.id);
    }

    private Response submitted(DisclosureService.Submission submission) {
        if (submission.accepted()) {
            return redirect("/technologies/" + submission.disclosure().slug + "?notice=submitted");
        }
        DisclosureDraft draft = submission.draft();
        TemplateInstance page = Templates.form(draft.agency, draft, draft.form.withBlankRows(), submission.errors(),
                choices(), null);
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** Over a length or row limit: nothing is saved, and the form comes back as typed with the problems (422). */
    private Response overLimits(DisclosureDraft draft, DisclosureForm form, FieldErrors errors) {
        TemplateInstance page = Templates.form(service.myAgency(), draft, form.withBlankRows(), errors, choices(), null);
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static boolean isSubmit(MultivaluedMap<String, String> params) {
        return "submit".equals(params.getFirst("action"));
    }

    /** "Add a row" buttons save the draft and come back to the same section with a new blank row. */
    private static String afterSave(MultivaluedMap<String, String> params) {
        String action = params.getFirst("action");
        if (action != null && action.startsWith("add-")) {
            String section = action.substring(4).replaceAll("[^a-zA-Z]", "");
            return "?notice=row_added#section-" + section;
        }
        return "?notice=saved";
    }

    private static String known(String notice) {
        return notice != null && List.of("saved", "row_added", "discarded").contains(notice) ? "notice_" + notice : null;
    }

    private static Choices choices() {
        return new Choices(Vendor.listByName());
    }

    private static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
