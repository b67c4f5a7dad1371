package org.oversightportal.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oversightportal.common.Labelled;
import org.oversightportal.common.Pager;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SqlValues;

/**
 * A period's public thread, one page at a time, in one SQL statement whatever the number of comments.
 * Comments with the same fingerprint and status form one entry (a campaign: the text once, "submitted
 * by N people"); removed comments appear as placeholders with the moderator's reason.
 */
@ApplicationScoped
public class CommentThread {

    /** One entry of the thread: a comment, or the first of a group of copies. */
    public record Entry(String trackingNumber, String displayName, String body, CommentStatus status,
            RejectReason rejectReason, Instant moderatedAt, Instant submittedAt, String agencyAnswer,
            Instant answeredAt, long copies) {
        public boolean isCampaign() {
            return copies > 1;
        }

        public boolean isShown() {
            return status == CommentStatus.PUBLISHED;
        }

        public boolean isRemoved() {
            return status == CommentStatus.HIDDEN;
        }

        public boolean isUnderReview() {
            return status == CommentStatus.FLAGGED;
        }
    }

    /** One page of entries, with the counts the page shows. */
    public record Page(List<Entry> entries, long received, long totalEntries, int number, int size) {
        public Pager pager() {
            return new Pager(totalEntries, number, size);
        }

        public int pageCount() {
            return pager().pageCount();
        }
    }

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    /** Page {@code number} (from 1) of the period's thread; a number past the end gives the last page. */
    public Page page(CommentPeriod period, int number) {
        int size = config.comments().threadPageSize();
        int wanted = Math.max(1, number);
        Page page = fetch(period, wanted, size);
        if (page.entries().isEmpty() && wanted > 1 && page.totalEntries() > 0) {
            page = fetch(period, page.pageCount(), size);
        }
        return page;
    }

    private Page fetch(CommentPeriod period, int number, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.received, e.tracking_number, e.display_name, e.body, e.status, e.reject_reason,
                       e.moderated_at, e.submitted_at, e.agency_answer, e.answered_at, e.copies, e.entries
                from (select count(*) as received from public_comment where period_id = :period) r
                left join lateral (
                    select t.*, count(*) over () as entries
                    from (select c.id, c.tracking_number, c.display_name, c.body, c.status, c.reject_reason,
                                 c.moderated_at, c.submitted_at, c.agency_answer, c.answered_at,
                                 count(*) over g as copies,
                                 row_number() over (g order by c.submitted_at, c.id) as rn
                          from public_comment c
                          where c.period_id = :period and c.status in ('PUBLISHED', 'HIDDEN', 'FLAGGED')
                          window g as (partition by c.status, c.fingerprint)) t
                    where t.rn = 1
                    order by t.submitted_at, t.id
                    limit :size offset :offset
                ) e on true""")
                .setParameter("period", period.id).setParameter("size", size)
                .setParameter("offset", (long) (number - 1) * size).getResultList();
        long received = ((Number) rows.get(0)[0]).longValue();
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        for (Object[] row : rows) {
            if (row[1] == null) {
                continue;
            }
            entries.add(new Entry((String) row[1], (String) row[2], (String) row[3],
                    CommentStatus.valueOf((String) row[4]), Labelled.fromCode(RejectReason.class, (String) row[5]),
                    SqlValues.instant(row[6]), SqlValues.instant(row[7]), (String) row[8], SqlValues.instant(row[9]), ((Number) row[10]).longValue()));
            total = ((Number) row[11]).longValue();
        }
        if (entries.isEmpty() && number > 1) {
            total = countEntries(period);
        }
        return new Page(entries, received, total, number, size);
    }

    private long countEntries(CommentPeriod period) {
        return ((Number) em.createNativeQuery("""
                select count(distinct (status, fingerprint)) from public_comment
                where period_id = :period and status in ('PUBLISHED', 'HIDDEN', 'FLAGGED')""")
                .setParameter("period", period.id).getSingleResult()).longValue();
    }
}
