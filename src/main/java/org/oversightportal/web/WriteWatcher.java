package org.oversightportal.web;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every SQL statement Hibernate sends (entities, JPQL and native queries alike) and empties the page cache
 * when one writes: at once, and again when its transaction commits, so that a page rendered between the
 * statement and the commit is not kept either.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class WriteWatcher implements StatementInspector {

    private static final Object KEY = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String inspect(String sql) {
        String start = sql.stripLeading();
        if (start.length() > 6) {
            String verb = start.substring(0, 6).toLowerCase(Locale.ROOT);
            if (verb.equals("insert") || verb.equals("update") || verb.equals("delete") || verb.startsWith("merge")
                    || (verb.startsWith("with") && writes(start))) {
                PageCache.invalidate();
                afterCommit();
            }
        }
        return sql;
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
