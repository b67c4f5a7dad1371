package org.oversightportal.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;

/**
 * What moderators do: publish, reject with a reason, or hide a published comment with a reason.
 * Nothing is ever deleted, and every action (who, when, what, why) goes into the audit log.
 */
@ApplicationScoped
public class ModerationService {

    public static final int QUEUE_PAGE = 50;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Pending comments, oldest first, with the disclosure each belongs to. */
    public List<PublicComment> queue() {
        return PublicComment.find("""
                select c from PublicComment c join fetch c.period p join fetch p.disclosure d join fetch d.agency
                where c.status = ?1 order by c.submittedAt, c.id""", CommentStatus.PENDING).page(0, QUEUE_PAGE).list();
    }

    public long pendingCount() {
        return PublicComment.count("status", CommentStatus.PENDING);
    }

    @Transactional
    public void publish(String trackingNumber) {
        PublicComment c = find(trackingNumber);
        record(c, CommentStatus.PUBLISHED, null, null);
    }

    @Transactional
    public void reject(String trackingNumber, RejectReason reason, String note) {
        PublicComment c = find(trackingNumber);
        record(c, CommentStatus.REJECTED, reason, note);
    }

    /** Hides a published comment; the public thread shows who removed it, when and why. */
    @Transactional
    public void hide(String trackingNumber, RejectReason reason, String note) {
        PublicComment c = find(trackingNumber);
        record(c, CommentStatus.HIDDEN, reason, note);
    }

    private void record(PublicComment c, CommentStatus status, RejectReason reason, String note) {
        CommentStatus before = c.status;
        c.status = status;
        c.rejectReason = reason;
        c.moderatorNote = note;
        c.moderatedBy = user.username();
        c.moderatedAt = Instant.now(clock);
        audit.changed("comment." + status.code(), "public_comment", c.trackingNumber,
                before.code() + " -> " + status.code() + (reason == null ? "" : ", " + reason.code())
                        + (note == null ? "" : ": " + note));
    }

    private static PublicComment find(String trackingNumber) {
        return PublicComment.<PublicComment>find("trackingNumber", trackingNumber).firstResultOptional()
                .orElseThrow(NotFoundException::new);
    }
}
