package org.oversightportal.vendors;

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
import org.oversightportal.inventory.NdaStatus;

/**
 * Public vendor pages. A vendor's page counts its subsidiaries' products as its own, because a
 * resident asking "who uses Flock?" means Lucidus Tech's jail tool too.
 */
@Path("/vendors")
@Produces(MediaType.TEXT_HTML)
public class VendorResource {

    public record VendorSummary(String slug, String name, String parentSlug, String parentName, long products,
            long hosted) {
    }

    public record AgencyUse(String slug, String name, long technologies) {
    }

    public record NdaCount(NdaStatus status, long count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<VendorSummary> vendors);

        static native TemplateInstance detail(Vendor vendor, List<Vendor> subsidiaries, List<AgencyUse> agencies,
                List<NdaCount> ndas, InventoryPage products, InventoryFilter productsFilter, InventoryPage hosted,
                InventoryFilter hostedFilter);
    }

    static final int DETAIL_ROWS = 50;

    @Inject
    InventoryQuery inventory;

    @GET
    public TemplateInstance list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Vendor.getEntityManager().createNativeQuery("""
                select v.slug, v.name, p.slug as parent_slug, p.name as parent_name,
                       (select count(*) from disclosure d where d.vendor_id = v.id),
                       (select count(*) from disclosure d where d.hosting_provider_id = v.id)
                from vendor v left join vendor p on p.id = v.parent_id
                order by lower(v.name)""").getResultList();
        return Templates.list(rows.stream().map(r -> new VendorSummary((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], SqlValues.longValue(r[4]), SqlValues.longValue(r[5]))).toList());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance detail(@RestPath String slug) {
        Vendor vendor = Vendor.find("select v from Vendor v left join fetch v.parent where v.slug = ?1", slug)
                .<Vendor>firstResultOptional().orElseThrow(NotFoundException::new);
        List<Vendor> subsidiaries = Vendor.list("parent = ?1 order by name", vendor);
        List<Long> tree = Vendor.selfAndSubsidiaryIds(vendor.id);
        @SuppressWarnings("unchecked")
        List<Object[]> agencyRows = Vendor.getEntityManager().createNativeQuery("""
                select a.slug, a.name, count(*) from disclosure d join agency a on a.id = d.agency_id
                where d.vendor_id in (:tree) group by a.id order by lower(a.name)""")
                .setParameter("tree", tree).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> ndaRows = Vendor.getEntityManager().createNativeQuery("""
                select d.nda_status, count(*) from disclosure d where d.vendor_id in (:tree)
                group by d.nda_status order by d.nda_status""")
                .setParameter("tree", tree).getResultList();
        InventoryFilter products = InventoryFilter.parse(null, null, null, null, slug, null, null, null, null, null,
                null);
        InventoryFilter hosted = InventoryFilter.parse(null, null, null, null, null, slug, null, null, null, null,
                null);
        return Templates.detail(vendor, subsidiaries,
                agencyRows.stream().map(r -> new AgencyUse((String) r[0], (String) r[1], SqlValues.longValue(r[2])))
                        .toList(),
                ndaRows.stream().map(r -> new NdaCount(NdaStatus.valueOf((String) r[0]), SqlValues.longValue(r[1])))
                        .toList(),
                inventory.page(products, DETAIL_ROWS), products, inventory.page(hosted, DETAIL_ROWS), hosted);
    }
}
