package org.oversightportal.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making this request, as the identity provider vouches for it. A staff member's agency
 * comes only from the token: membership of the Keycloak group {@code /agencies/<slug>}, carried
 * in the {@code groups} claim. Nothing a browser sends can change it.
 */
@Named("user")
@RequestScoped
public class CurrentUser {

    public static final String STAFF = "agency-staff";
    public static final String BOARD = "oversight-board";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";
    static final String AGENCY_GROUP_PREFIX = "/agencies/";

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    /**
     * The agency a staff member files for: its id, slug and name, read from the agency table once per request.
     * Features that need the agency's record load it by id; this class depends on no feature.
     */
    public record StaffAgency(long id, String slug, String name) {
    }

    private Optional<StaffAgency> agency;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String preferred = claim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = claim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    /**
     * The name to show the public for what this person did: the token's given and family name (or its
     * {@code name}), never the username; null when the token has no name, or only the username (review finding 12).
     */
    public String staffName() {
        if (identity.isAnonymous()) {
            return null;
        }
        String given = claim("given_name");
        String family = claim("family_name");
        String joined = ((given == null ? "" : given.strip()) + " " + (family == null ? "" : family.strip())).strip();
        String name = joined.isEmpty() ? claim("name") : joined;
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty() || name.equalsIgnoreCase(username())
                || name.codePoints().anyMatch(Character::isISOControl)) {
            return null;
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    public boolean isStaff() {
        return identity.hasRole(STAFF);
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    public boolean isBoard() {
        return identity.hasRole(BOARD);
    }

    public boolean isModerator() {
        return identity.hasRole(MODERATOR);
    }

    /** The slug of the agency this user files for, if the token names exactly one. */
    public Optional<String> agencySlug() {
        List<String> slugs = new ArrayList<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object groups = jwt.getClaim("groups");
            for (String group : asStrings(groups)) {
                if (group.startsWith(AGENCY_GROUP_PREFIX) && group.length() > AGENCY_GROUP_PREFIX.length()) {
                    slugs.add(group.substring(AGENCY_GROUP_PREFIX.length()));
                }
            }
        }
        return slugs.size() == 1 ? Optional.of(slugs.get(0)) : Optional.empty();
    }

    /** True for staff whose token names the agency with this slug. */
    public boolean isStaffOf(String agencySlug) {
        return isStaff() && agencySlug != null && agencySlug.equals(agencySlug().orElse(null));
    }

    /** True for staff of this very agency: the only people who may file or speak for it. */
    public boolean mayFileFor(Long ownerAgencyId) {
        return ownerAgencyId != null && agency().map(mine -> mine.id() == ownerAgencyId).orElse(false);
    }

    /**
     * The staff member's agency, or a refusal (403, audited) for an account that names none: what every
     * staff page starts with.
     */
    public StaffAgency requireAgency() {
        return agency().orElseThrow(() -> {
            io.quarkus.arc.Arc.container().instance(AuditLog.class).get().denied("staff.access", "agency",
                    agencySlug().orElse(null), "account names no known agency");
            return new io.quarkus.security.ForbiddenException("No agency");
        });
    }

    /** The staff member's agency, looked up once per request. */
    public Optional<StaffAgency> agency() {
        if (agency == null) {
            agency = isStaff() ? agencySlug().flatMap(this::findAgency) : Optional.empty();
        }
        return agency;
    }

    private Optional<StaffAgency> findAgency(String slug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name from agency where slug = :slug")
                .setParameter("slug", slug).getResultList();
        return rows.stream().findFirst()
                .map(r -> new StaffAgency(((Number) r[0]).longValue(), slug, (String) r[1]));
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : unquote(value.toString());
        }
        return null;
    }

    private static List<String> asStrings(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            for (Object o : collection) {
                values.add(unquote(o.toString()));
            }
        } else if (claim != null) {
            values.add(unquote(claim.toString()));
        }
        return values;
    }

    /** JSON-P string values print with their quotes. */
    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
