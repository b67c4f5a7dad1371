package org.oversightportal.agencies;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Agency extends PanacheEntity {

    /** Stable public identifier, used in URLs and in the Keycloak group that names a staff member's agency. */
    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyKind kind;

    @Column(nullable = false)
    public String jurisdiction;

    public String website;
    public String contactName;
    public String contactEmail;
    public String contactPhone;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** The record with this slug; nothing for text that cannot be a slug (it never reaches the database). */
    public static Optional<Agency> findBySlug(String slug) {
        if (!org.oversightportal.common.Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }

    public static List<Agency> listByName() {
        return list("order by name");
    }
}
