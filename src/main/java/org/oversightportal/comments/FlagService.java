package org.oversightportal.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.PortalConfig;

/**
 * Residents flag published comments. One flag per person (a keyed hash of their address) and comment;
 * at the configured number of flags the comment, and any identical copies, leave the public thread and
 * return to the moderation queue, where a moderator restores or removes them.
 */
@ApplicationScoped
public class FlagService {

    public enum Outcome {
        RECORDED, HIDDEN_FOR_REVIEW, ALREADY_FLAGGED, NOT_FLAGGABLE
    }

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    CommentMail mail;

    @Transactional
    public Outcome flag(String trackingNumber, RejectReason reason, FlagReporters.Reporter reporter) {
        String flaggedBy = reporter.key();
        PublicComment comment = PublicComment.<PublicComment>find("trackingNumber", trackingNumber).firstResultOptional()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        // Flags of one comment are counted one at a time, so two at once cannot both miss the threshold.
        em.lock(comment, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(comment);
        if (comment.status != CommentStatus.PUBLISHED) {
            return Outcome.NOT_FLAGGABLE;
        }
        if (CommentFlag.count("comment = ?1 and flaggedBy = ?2", comment, flaggedBy) > 0) {
            return Outcome.ALREADY_FLAGGED;
        }
        Instant now = Instant.now(clock);
        CommentFlag flag = new CommentFlag();
        flag.comment = comment;
        flag.reason = reason;
        flag.flaggedBy = flaggedBy;
        flag.reporterNetwork = reporter.network();
        flag.createdAt = now;
        flag.persist();
        comment.openFlags++;
        int threshold = config.comments().flagThreshold();
        if (comment.openFlags < threshold) {
            audit.changed("comment.flag", "public_comment", trackingNumber,
                    reason.code() + ", " + comment.openFlags + " of " + threshold);
            return Outcome.RECORDED;
        }
        em.flush();
        // Many addresses of one network are one reporter: hiding needs flags from enough networks (finding 3).
        int networks = ((Number) em.createNativeQuery("""
                select count(distinct coalesce(reporter_network, flagged_by)) from comment_flag
                where comment_id = :id and reviewed_at is null""").setParameter("id", comment.id).getSingleResult())
                .intValue();
        if (networks < config.comments().flagMinNetworks()) {
            audit.changed("comment.flag", "public_comment", trackingNumber, reason.code() + ", " + comment.openFlags
                    + " flags from " + networks + " network(s): kept published, moderators told");
            if (comment.openFlags == threshold) {
                mail.flagsForModerators(comment, comment.openFlags, networks, false);
            }
            return Outcome.RECORDED;
        }
        int hidden = em.createNativeQuery("""
                update public_comment set status = 'FLAGGED'
                where period_id = :period and fingerprint = (select fingerprint from public_comment where id = :id)
                  and status = 'PUBLISHED'""")
                .setParameter("period", comment.period.id).setParameter("id", comment.id).executeUpdate();
        audit.changed("comment.flagged", "public_comment", trackingNumber, reason.code() + ", " + comment.openFlags
                + " flags: hidden until a moderator reviews it" + (hidden > 1 ? " (" + hidden + " identical comments)" : ""));
        mail.flagsForModerators(comment, comment.openFlags, networks, true);
        return Outcome.HIDDEN_FOR_REVIEW;
    }
}
