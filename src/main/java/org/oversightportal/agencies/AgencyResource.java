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
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
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

    @CheckedTemplate(basePath = "agencies")
    static class Templates {
        static native TemplateInstance list(List<AgencySummary> agencies, long total, String after, String next);

        static native TemplateInstance detail(Agency agency, InventoryPage technologies, InventoryFilter filter,
                List<ThirdPartyEntry> reported);
    }

    /** How many of an agency's technologies its page lists before pointing to the inventory. */
    static final int DETAIL_ROWS = 100;

    @Inject
    InventoryQuery inventory;

    /** How many agencies one page of the list shows. */
    public static final int PAGE = 100;

    /**
     * The agencies in name order, {@link #PAGE} at a time after the agency {@code after} (a keyset: the next page
     * starts after the last one shown); the technologies are counted for the page's agencies only. An unknown
     * {@code after} shows the first page.
     */
    @GET
    public TemplateInstance list(@RestQuery String after) {
        Optional<Agency> from = after == null || after.isBlank() ? Optional.empty() : Agency.findBySlug(after);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = from.map(a -> Agency.getEntityManager().createNativeQuery(listQuery(true))
                .setParameter("name", a.name.toLowerCase(Locale.ROOT)).setParameter("slug", a.slug))
                .orElseGet(() -> Agency.getEntityManager().createNativeQuery(listQuery(false)))
                .setParameter("limit", PAGE + 1).getResultList();
        List<AgencySummary> agencies = rows.stream().limit(PAGE).map(r -> new AgencySummary((String) r[0],
                (String) r[1], AgencyKind.valueOf((String) r[2]), (String) r[3], SqlValues.longValue(r[4]),
                SqlValues.longValue(r[5]))).toList();
        String next = rows.size() > PAGE ? agencies.get(PAGE - 1).slug() : null;
        return Templates.list(agencies, Agency.count(), from.map(a -> a.slug).orElse(null), next);
    }

    private static String listQuery(boolean after) {
        return """
                with page as (select a.id, a.slug, a.name, a.kind, a.jurisdiction from agency a
                """ + (after ? " where (lower(a.name), a.slug) > (:name, :slug)" : "") + """
                  order by lower(a.name), a.slug limit :limit)
                select p.slug, p.name, p.kind, p.jurisdiction, count(d.id),
                       count(d.id) filter (where d.lifecycle_status in ('IN_USE', 'PILOT')
                           and d.approval_status not in ('APPROVED', 'APPROVED_WITH_CONDITIONS'))
                from page p left join disclosure d on d.agency_id = p.id
                group by p.id, p.slug, p.name, p.kind, p.jurisdiction order by lower(p.name), p.slug""";
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
