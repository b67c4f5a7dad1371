package org.oversightportal.web;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every SQL statement Hibernate sends (entities, JPQL and native queries alike) and empties the page cache
 * when one writes: at once, and again when its transaction commits, so that a page rendered between the
 * statement and the commit is not kept either.
 *
 * <p>Writes to the portal's own bookkeeping, which no public page shows ({@link #UNSEEN}), leave the cache alone:
 * the bulk archive is written in a thousand chunks, emails are queued and marked sent every minute, and rate
 * limits count every comment, and the audit log records denied requests as well as changes (a change also writes
 * the record itself); emptying the cache for each would make it useless while they run.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class WriteWatcher implements StatementInspector {

    private static final Object KEY = new Object();

    /** Tables that no page shows: a write to one of them alone does not change any page. */
    static final Set<String> UNSEEN = Set.of("audit_log", "bulk_download", "bulk_download_chunk", "email_outbox",
            "rate_limit_bucket", "subscription", "report_reminder", "flag_key", "comment_receipt_quota");

    private static final Pattern TARGET = Pattern.compile(
            "^(?:insert\\s+into|update|delete\\s+from)\\s+(?:public\\.)?\"?([a-z_][a-z0-9_]*)\"?[\\s(]",
            Pattern.CASE_INSENSITIVE);

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String inspect(String sql) {
        String start = sql.stripLeading();
        if (start.length() > 6) {
            String verb = start.substring(0, 6).toLowerCase(Locale.ROOT);
            if (((verb.equals("insert") || verb.equals("update") || verb.equals("delete")) && !unseen(start))
                    || verb.startsWith("merge") || (verb.startsWith("with") && writes(start))) {
                PageCache.invalidate();
                afterCommit();
            }
        }
        return sql;
    }

    /** Whether this insert, update or delete writes only a table that no page shows. */
    static boolean unseen(String sql) {
        Matcher target = TARGET.matcher(sql.length() > 200 ? sql.substring(0, 200) : sql);
        return target.lookingAt() && UNSEEN.contains(target.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean writes(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        return lower.contains(" update ") || lower.contains(" insert ") || lower.contains(" delete ");
    }

    private void afterCommit() {
        try {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(KEY) == null) {
                transactions.putResource(KEY, Boolean.TRUE);
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        PageCache.invalidate();
                    }
                });
            }
        } catch (IllegalStateException e) {
            // No transaction: the statement was already invalidated above.
        }
    }
}
