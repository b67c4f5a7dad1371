package org.oversightportal.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes the audit log. Every state change and every refused attempt goes through here, and every change raises
 * {@link RecordChanged} in the caller's transaction (observers that act on the commit see it then).
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of changes made by the portal itself. */
    public static final String SYSTEM = "system";

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Event<RecordChanged> changes;

    /** Records a change, in the caller's transaction: the entry exists only if the change does. */
    @Transactional(TxType.MANDATORY)
    public void changed(String action, String targetType, Object targetId, String detail) {
        write(action, targetType, targetId, AuditEntry.Outcome.OK, detail);
    }

    /**
     * Records a refused attempt in its own transaction, so that the refusal (which rolls the
     * request back) is still on record.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void denied(String action, String targetType, Object targetId, String detail) {
        write(action, targetType, targetId, AuditEntry.Outcome.DENIED, detail);
    }

    /** Records a change the portal made by itself (a scheduled job), in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void changedBySystem(String action, String targetType, Object targetId, String detail) {
        changedOnBehalfOf(SYSTEM, action, targetType, targetId, detail);
    }

    /**
     * Records a change made by background work (an import) on behalf of the user who started it, in the
     * caller's transaction: there is no request, so no signed-in user, to take the name from.
     */
    @Transactional(TxType.MANDATORY)
    public void changedOnBehalfOf(String actor, String action, String targetType, Object targetId, String detail) {
        write(actor, null, action, targetType, targetId, AuditEntry.Outcome.OK, detail);
    }

    private void write(String action, String targetType, Object targetId, AuditEntry.Outcome outcome, String detail) {
        write(user.username(), user.agencySlug().orElse(null), action, targetType, targetId, outcome, detail);
    }

    private void write(String actor, String actorAgency, String action, String targetType, Object targetId,
            AuditEntry.Outcome outcome, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now(clock);
        entry.actor = actor;
        entry.actorAgency = actorAgency;
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId == null ? null : targetId.toString();
        entry.outcome = outcome;
        entry.detail = detail;
        entry.persist();
        if (outcome == AuditEntry.Outcome.OK) {
            changes.fire(new RecordChanged(targetType, targetId, action));
        }
    }
}
