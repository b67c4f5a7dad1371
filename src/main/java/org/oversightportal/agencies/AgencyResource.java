package org.oversightportal.agencies;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.oversightportal.common.SqlValues;
import org.oversightportal.inventory.InventoryFilter;
import org.oversightportal.inventory.InventoryPage;
import org.oversightportal.inventory.InventoryQuery;
import org.oversightportal.thirdparty.ThirdPartyEntry;

/** Public pages of the agencies that file disclosures. */
@Path("/agencies")
@Produces(MediaType.TEXT_HTML)
public class AgencyResource {

    /** An agency with how many technologies it has disclosed and how many run without approval. */
    public record AgencySummary(String slug, String name, AgencyKind kind, String jurisdiction, long technologies,
            long withoutApproval) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AgencySummary> agencies);

        static native TemplateInstance detail(Agency agency, InventoryPage technologies, InventoryFilter filter,
                List<ThirdPartyEntry> reported);
    }

    /** How many of an agency's technologies its page lists before pointing to the inventory. */
    static final int DETAIL_ROWS = 100;

    @Inject
    InventoryQuery inventory;

    @GET
    public TemplateInstance list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Agency.getEntityManager().createNativeQuery("""
                select a.slug, a.name, a.kind, a.jurisdiction, count(d.id),
                       count(d.id) filter (where d.lifecycle_status in ('IN_USE', 'PILOT')
                           and d.approval_status not in ('APPROVED', 'APPROVED_WITH_CONDITIONS'))
                from agency a left join disclosure d on d.agency_id = a.id
                group by a.id order by lower(a.name)""").getResultList();
        return Templates.list(rows.stream().map(r -> new AgencySummary((String) r[0], (String) r[1],
                AgencyKind.valueOf((String) r[2]), (String) r[3], SqlValues.longValue(r[4]),
                SqlValues.longValue(r[5]))).toList());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance detail(@RestPath String slug) {
        Agency agency = Agency.findBySlug(slug).orElseThrow(NotFoundException::new);
        InventoryFilter filter = InventoryFilter.parse(null, slug, null, null, null, null, null, null, null, null,
                null);
        return Templates.detail(agency, inventory.page(filter, DETAIL_ROWS), filter,
                ThirdPartyEntry.listForAgency(agency));
    }
}
