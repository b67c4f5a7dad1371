package org.oversightportal.thirdparty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.oversightportal.common.CurrentUser;

/**
 * Admins import an Atlas of Surveillance CSV: upload it here, then follow its progress and read its
 * report on the import's page (which also works without JavaScript: it has a link to refresh itself).
 */
@Path("/admin/third-party-imports")
@RolesAllowed(CurrentUser.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AtlasImportResource {

    /** What the progress script polls for. */
    public record Progress(String status, int processed, int total, int percent, boolean finished) {
        static Progress of(ThirdPartyImport run) {
            return new Progress(run.status.name().toLowerCase(java.util.Locale.ROOT), run.processedRows,
                    run.totalRows, run.percent(), !run.isRunning());
        }
    }

    @CheckedTemplate(basePath = "thirdparty/admin")
    static class Templates {
        static native TemplateInstance list(List<ThirdPartyImport> imports, String error, String errorDetail,
                boolean createAgencies);

        static native TemplateInstance detail(ThirdPartyImport run);
    }

    @Inject
    AtlasImporter importer;

    @GET
    public TemplateInstance list() {
        return Templates.list(ThirdPartyImport.listRecent(), null, null, false);
    }

    @POST
    public Response upload(@RestForm("file") FileUpload file, @RestForm("create-agencies") String createAgencies) {
        boolean create = "on".equals(createAgencies) || "true".equals(createAgencies);
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return refused("error_no_file", null, create);
        }
        AtlasImporter.Parsed parsed;
        try {
            if (file.size() > AtlasImporter.MAX_BYTES) {
                throw new AtlasImporter.Refused("error_too_large",
                        String.valueOf(AtlasImporter.MAX_BYTES / (1024 * 1024)));
            }
            parsed = importer.parse(file.fileName(), Files.readAllBytes(file.uploadedFile()));
        } catch (AtlasImporter.Refused e) {
            return refused(e.messageKey, e.detail, create);
        } catch (IOException e) {
            return refused("error_not_text", null, create);
        }
        ThirdPartyImport run = importer.start(parsed, create);
        return Response.seeOther(URI.create("/admin/third-party-imports/" + run.id)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id) {
        return Templates.detail(find(id));
    }

    @GET
    @Path("{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@RestPath long id) {
        return Response.ok(Progress.of(find(id))).header("Cache-Control", "no-store").build();
    }

    private static ThirdPartyImport find(long id) {
        ThirdPartyImport run = ThirdPartyImport.findById(id);
        if (run == null) {
            throw new NotFoundException();
        }
        return run;
    }

    private static Response refused(String error, String detail, boolean createAgencies) {
        TemplateInstance page = Templates.list(ThirdPartyImport.listRecent(), error, detail == null ? "" : detail,
                createAgencies);
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
