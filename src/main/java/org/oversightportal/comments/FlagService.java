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

    @Transactional
    public Outcome flag(String trackingNumber, RejectReason reason, String flaggedBy) {
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
        int hidden = em.createNativeQuery("""
                update public_comment set status = 'FLAGGED'
                where period_id = :period and fingerprint = (select fingerprint from public_comment where id = :id)
                  and status = 'PUBLISHED'""")
                .setParameter("period", comment.period.id).setParameter("id", comment.id).executeUpdate();
        audit.changed("comment.flagged", "public_comment", trackingNumber, reason.code() + ", " + comment.openFlags
                + " flags: hidden until a moderator reviews it" + (hidden > 1 ? " (" + hidden + " identical comments)" : ""));
        return Outcome.HIDDEN_FOR_REVIEW;
    }
}
