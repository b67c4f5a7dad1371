package org.oversightportal.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.oversightportal.common.SqlValues;
import org.oversightportal.pagecache.PageCache;
import org.oversightportal.inventory.InventoryFilter;
import org.oversightportal.inventory.InventoryQuery;
import org.oversightportal.inventory.InventoryRow;

/** The home page: what the portal is, and the headline numbers of the inventory. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    public record Headlines(long technologies, long agencies, long vendors, long withoutApproval,
            long ndaWithheld, long faceRecognition, long publicCloud) {
    }

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance home(Headlines headlines, List<InventoryRow> recent);
    }

    @Inject
    EntityManager em;

    @Inject
    InventoryQuery inventory;

    @Inject
    PageCache pages;

    @GET
    public Response home(@Context HttpHeaders headers) {
        return pages.page("/", headers, this::render);
    }

    TemplateInstance render() {
        // The number of disclosures is kept by triggers (V9); the other counts read small partial indexes.
        Object[] r = (Object[]) em.createNativeQuery("""
                select (select disclosures from disclosure_total),
                       (select count(*) from agency),
                       (select count(*) from vendor),
                       (select count(*) from disclosure where lifecycle_status in ('IN_USE', 'PILOT')
                            and approval_status not in ('APPROVED', 'APPROVED_WITH_CONDITIONS')),
                       (select count(*) from disclosure where nda_status = 'SIGNED_WITHHELD'),
                       (select count(*) from disclosure where cap_face_recognition),
                       (select count(*) from disclosure where hosting_type = 'PUBLIC_CLOUD')""").getSingleResult();
        Headlines headlines = new Headlines(SqlValues.longValue(r[0]), SqlValues.longValue(r[1]),
                SqlValues.longValue(r[2]), SqlValues.longValue(r[3]), SqlValues.longValue(r[4]),
                SqlValues.longValue(r[5]), SqlValues.longValue(r[6]));
        InventoryFilter newest = InventoryFilter.parse(null, null, null, null, null, null, null, null, null, "newest",
                null);
        return Templates.home(headlines, inventory.rows(newest, 5).rows());
    }
}
