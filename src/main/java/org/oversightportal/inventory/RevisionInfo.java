package org.oversightportal.inventory;

import java.time.Instant;
import java.util.List;
import org.oversightportal.common.SqlValues;

/**
 * One public revision of a disclosure: its number and who submitted it, when. {@code submitter} is the staff
 * member's display name, or the agency's name for a revision submitted without one; never a username (review
 * finding 12).
 */
public record RevisionInfo(long envRevision, int revision, String submitter, Instant submittedAt) {

    public String revisionText() {
        return String.valueOf(revision);
    }

    /**
     * The submitted revisions of a disclosure, newest first, read from its Envers history in one
     * query. A history row whose revision number did not change (a status set by the board, say)
     * is not a new submission and is left out.
     */
    public static List<RevisionInfo> of(Disclosure disclosure) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Disclosure.getEntityManager().createNativeQuery("""
                select distinct on (a.revision) a.rev, a.revision,
                       coalesce(nullif(a.submitted_by_name, ''), g.name), a.submitted_at
                from disclosure_aud a left join agency g on g.id = a.agency_id
                where a.id = :id and a.revtype <> 2
                order by a.revision desc, a.rev asc""")
                .setParameter("id", disclosure.id)
                .getResultList();
        return rows.stream().map(r -> new RevisionInfo(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                (String) r[2], SqlValues.instant(r[3]))).toList();
    }
}
