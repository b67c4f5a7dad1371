package org.oversightportal.vendors;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * A company that sells or hosts a technology. Vendors form a tree: a subsidiary names its
 * parent (Lucidus Tech is owned by Flock Safety), so a vendor page and the inventory filter can
 * include every subsidiary's products.
 */
@Entity
@Audited
public class Vendor extends PanacheEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String website;

    @ManyToOne(fetch = FetchType.LAZY)
    public Vendor parent;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** The record with this slug; nothing for text that cannot be a slug (it never reaches the database). */
    public static Optional<Vendor> findBySlug(String slug) {
        if (!org.oversightportal.common.Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }

    public static List<Vendor> listByName() {
        return list("select v from Vendor v left join fetch v.parent order by v.name");
    }

    /** The ids of this vendor and of every subsidiary below it, in one recursive query. */
    @SuppressWarnings("unchecked")
    public static List<Long> selfAndSubsidiaryIds(long vendorId) {
        return getEntityManager().createNativeQuery("""
                with recursive tree(id) as (
                    select id from vendor where id = :id
                    union
                    select v.id from vendor v join tree t on v.parent_id = t.id)
                select id from tree""", Long.class)
                .setParameter("id", vendorId)
                .getResultList();
    }
}
