package org.oversightportal.vendors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
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

    @CheckedTemplate(basePath = "vendors")
    static class Templates {
        static native TemplateInstance list(List<VendorSummary> vendors, long total, String after, String next);

        static native TemplateInstance detail(Vendor vendor, List<Vendor> subsidiaries, List<AgencyUse> agencies,
                List<NdaCount> ndas, InventoryPage products, InventoryFilter productsFilter, InventoryPage hosted,
                InventoryFilter hostedFilter);
    }

    static final int DETAIL_ROWS = 50;

    @Inject
    InventoryQuery inventory;

    /** How many vendors one page of the list shows. */
    public static final int PAGE = 100;

    /**
     * The vendors in name order, {@link #PAGE} at a time after the vendor {@code after} (a keyset), each with how
     * many technologies it supplies and hosts. An unknown {@code after} shows the first page.
     */
    @GET
    public TemplateInstance list(@RestQuery String after) {
        Optional<Vendor> from = after == null || after.isBlank() ? Optional.empty()
                : Vendor.<Vendor>find("slug", after).firstResultOptional();
        String sql = """
                select v.slug, v.name, p.slug as parent_slug, p.name as parent_name,
                       (select count(*) from disclosure d where d.vendor_id = v.id),
                       (select count(*) from disclosure d where d.hosting_provider_id = v.id)
                from vendor v left join vendor p on p.id = v.parent_id
                """ + (from.isPresent() ? " where (lower(v.name), v.slug) > (:name, :slug)" : "")
                + " order by lower(v.name), v.slug limit :limit";
        Query query = Vendor.getEntityManager().createNativeQuery(sql).setParameter("limit", PAGE + 1);
        from.ifPresent(v -> query.setParameter("name", v.name.toLowerCase(Locale.ROOT)).setParameter("slug", v.slug));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<VendorSummary> vendors = rows.stream().limit(PAGE).map(r -> new VendorSummary((String) r[0],
                (String) r[1], (String) r[2], (String) r[3], SqlValues.longValue(r[4]), SqlValues.longValue(r[5])))
                .toList();
        String next = rows.size() > PAGE ? vendors.get(PAGE - 1).slug() : null;
        return Templates.list(vendors, Vendor.count(), from.map(v -> v.slug).orElse(null), next);
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
