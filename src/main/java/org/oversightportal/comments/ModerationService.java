package org.oversightportal.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.Labelled;
import org.oversightportal.common.SqlValues;
import org.oversightportal.common.Pager;

/**
 * What moderators do: publish, reject with a reason, or hide a published comment with a reason.
 * An action on a comment applies to its whole group (the copies of a campaign, in the same state),
 * in one statement. Nothing is ever deleted, and every action (who, when, what, why) is audited.
 */
@ApplicationScoped
public class ModerationService {

    public static final int QUEUE_PAGE = 50;

    /** The moderator's choices, and the states each may be applied to. */
    public enum Action {
        PUBLISH(CommentStatus.PUBLISHED, EnumSet.of(CommentStatus.PENDING, CommentStatus.FLAGGED, CommentStatus.HIDDEN)),
        REJECT(CommentStatus.REJECTED, EnumSet.of(CommentStatus.PENDING, CommentStatus.FLAGGED)),
        HIDE(CommentStatus.HIDDEN, EnumSet.of(CommentStatus.PUBLISHED, CommentStatus.FLAGGED));

        final CommentStatus result;
        final Set<CommentStatus> from;

        Action(CommentStatus result, Set<CommentStatus> from) {
            this.result = result;
            this.from = from;
        }

        public boolean needsReason() {
            return this != PUBLISH;
        }
    }

    /** A queue entry: a comment waiting, or the first of a group of identical ones, with its disclosure. */
    public record QueueEntry(String trackingNumber, String displayName, String body, CommentStatus status,
            Instant submittedAt, long copies, int openFlags, String flagReasons, String disclosureSlug,
            String disclosureName, String agencyName) {
        public boolean isCampaign() {
            return copies > 1;
        }

        public boolean isFlagged() {
            return status == CommentStatus.FLAGGED;
        }

        public List<RejectReason> flagReasonList() {
            List<RejectReason> reasons = new ArrayList<>();
            if (flagReasons != null) {
                for (String code : flagReasons.split(",")) {
                    RejectReason r = Labelled.fromCode(RejectReason.class, code);
                    if (r != null) {
                        reasons.add(r);
                    }
                }
            }
            return reasons;
        }
    }

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    CommentMail mail;

    /** One page of the queue, with what the pager needs. */
    public record QueuePage(List<QueueEntry> entries, long total, int number, int size) {
        public Pager pager() {
            return new Pager(total, number, size);
        }
    }

    /**
     * Comments hidden after residents' flags first, then comments waiting, oldest first; the copies of
     * a campaign as one entry with their number. One statement, whatever the size of the queue.
     */
    public QueuePage queue(int page) {
        int number = Math.max(1, page);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select t.tracking_number, t.display_name, t.body, t.status, t.submitted_at, t.copies, t.open_flags,
                       (select string_agg(distinct f.reason, ',') from comment_flag f
                          join public_comment x on x.id = f.comment_id
                         where x.period_id = t.period_id and x.fingerprint = t.fingerprint and f.reviewed_at is null),
                       d.slug, d.name, a.name, count(*) over () as total
                from (select c.*, count(*) over g as copies,
                             row_number() over (g order by c.submitted_at, c.id) as rn
                      from public_comment c
                      where c.status in ('PENDING', 'FLAGGED')
                      window g as (partition by c.period_id, c.status, c.fingerprint)) t
                join comment_period p on p.id = t.period_id
                join disclosure d on d.id = p.disclosure_id
                join agency a on a.id = d.agency_id
                where t.rn = 1
                order by t.status = 'FLAGGED' desc, t.submitted_at, t.id
                limit :size offset :offset""").setParameter("size", QUEUE_PAGE)
                .setParameter("offset", (long) (number - 1) * QUEUE_PAGE).getResultList();
        List<QueueEntry> entries = new ArrayList<>();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[11]).longValue();
        for (Object[] r : rows) {
            entries.add(new QueueEntry((String) r[0], (String) r[1], (String) r[2], CommentStatus.valueOf((String) r[3]),
                    SqlValues.instant(r[4]), ((Number) r[5]).longValue(), ((Number) r[6]).intValue(), (String) r[7],
                    (String) r[8], (String) r[9], (String) r[10]));
        }
        return new QueuePage(entries, total, number, QUEUE_PAGE);
    }

    /** Comments waiting for a moderator (pending or hidden after flags), across every agency. */
    public long pendingCount() {
        return PublicComment.count("status in ?1", List.of(CommentStatus.PENDING, CommentStatus.FLAGGED));
    }

    /**
     * Applies an action to a comment and to every copy of it in the same period and state. Returns how
     * many comments changed: 0 when the comment had already left the state the action applies to.
     */
    @Transactional
    public int act(String trackingNumber, Action action, RejectReason reason, String note) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                "select id, period_id, fingerprint, status from public_comment where tracking_number = :t")
                .setParameter("t", trackingNumber).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] lead = found.get(0);
        CommentStatus from = CommentStatus.valueOf((String) lead[3]);
        if (!action.from.contains(from)) {
            return 0;
        }
        Instant now = Instant.now(clock);
        RejectReason kept = action.needsReason() ? reason : null;
        @SuppressWarnings("unchecked")
        List<Number> changed = em.createNativeQuery("""
                update public_comment set status = :to, reject_reason = :reason, moderator_note = :note,
                       moderated_by = :by, moderated_at = :at, open_flags = 0
                where period_id = :period and fingerprint = :fingerprint and status = :from
                returning id""")
                .setParameter("to", action.result.name()).setParameter("reason", kept == null ? null : kept.name())
                .setParameter("note", action.needsReason() ? note : null).setParameter("by", user.username())
                .setParameter("at", now).setParameter("period", lead[1]).setParameter("fingerprint", lead[2])
                .setParameter("from", from.name()).getResultList();
        List<Long> ids = changed.stream().map(Number::longValue).toList();
        em.createNativeQuery("update comment_flag set reviewed_at = :at where comment_id in (:ids) and reviewed_at is null")
                .setParameter("at", now).setParameter("ids", ids).executeUpdate();
        em.clear();
        if (from != action.result) {
            List<PublicComment> notify = PublicComment.list("""
                    select c from PublicComment c join fetch c.period p join fetch p.disclosure
                    where c.id in ?1 and c.email is not null""", ids);
            notify.forEach(mail::statusChanged);
        }
        audit.changed("comment." + action.result.code(), "public_comment", trackingNumber,
                from.code() + " -> " + action.result.code() + (kept == null ? "" : ", " + kept.code())
                        + (ids.size() > 1 ? ", " + ids.size() + " identical comments" : "")
                        + (note == null || !action.needsReason() ? "" : ": " + note));
        return ids.size();
    }
}
