package org.oversightportal.testsupport;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.oversightportal.agencies.Agency;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.comments.CommentService;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.demo.DemoData;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.Disclosure;

/**
 * Disclosures with comment periods of their own, so that each test's comments stay out of the others'
 * way, and comments loaded in bulk (a JDBC batch) when a test needs a thousand of them.
 */
public final class CommentFixtures {

    /** Ids far above anything the sequences hand out during a test run. */
    private static final AtomicLong NEXT_ID = new AtomicLong(1_000_000_000_000L);

    public record Period(long id, String slug, String name) {
    }

    private CommentFixtures() {
    }

    /** A new disclosure of the agency, with a comment period from {@code opens} to {@code closes}. */
    public static Period period(String agencySlug, String name, Instant opens, Instant closes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Agency agency = Agency.findBySlug(agencySlug).orElseThrow();
            Disclosure d = DemoData.base(agency, name, Category.VIDEO_ANALYTICS, Instant.now());
            d.description = "A disclosure made by a test, with a comment period of its own.";
            d.purpose = "Testing comments.";
            d.authorizedUses = "Tests.";
            d.prohibitedUses = "Everything else.";
            d.dataTypes = "Test data.";
            d.deletionPractice = "Deleted with the test database.";
            d.accessControls = "Test accounts.";
            d.hostingType = org.oversightportal.inventory.HostingType.ON_PREMISES;
            d.ndaStatus = org.oversightportal.inventory.NdaStatus.NONE;
            d.civilLibertiesAssessment = "None.";
            d.lifecycleStatus = org.oversightportal.inventory.LifecycleStatus.PROPOSED;
            d.persist();
            CommentPeriod p = new CommentPeriod();
            p.disclosure = d;
            p.opensAt = opens;
            p.closesAt = closes;
            p.createdBy = "test";
            p.createdAt = Instant.now();
            p.updatedAt = p.createdAt;
            p.persist();
            return new Period(p.id, d.slug, d.name);
        });
    }

    /** A period open now for thirty more days. */
    public static Period openPeriod(String agencySlug, String name) {
        return period(agencySlug, name, Instant.now().minusSeconds(86_400), Instant.now().plusSeconds(30 * 86_400L));
    }

    /** A period that closed yesterday. */
    public static Period closedPeriod(String agencySlug, String name) {
        return period(agencySlug, name, Instant.now().minusSeconds(40 * 86_400L), Instant.now().minusSeconds(86_400));
    }

    /** One comment in the given state; returns its tracking number. */
    public static String comment(long periodId, String body, CommentStatus status) {
        return comments(periodId, List.of(body), status).get(0);
    }

    /** {@code count} comments with the same text, submitted a second apart; returns their tracking numbers. */
    public static List<String> copies(long periodId, String body, int count, CommentStatus status) {
        return comments(periodId, java.util.Collections.nCopies(count, body), status);
    }

    /** One comment per text, in the given state, in one JDBC batch; returns their tracking numbers. */
    public static List<String> comments(long periodId, List<String> bodies, CommentStatus status) {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        List<String> tracking = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(bodies.size() + 60L);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into public_comment (id, period_id, tracking_number, body, status, submitted_at, locale,
                                            open_flags, moderated_by, moderated_at)
                values (?, ?, ?, ?, ?, ?, 'en', 0, ?, ?)""")) {
            for (int i = 0; i < bodies.size(); i++) {
                String number = CommentService.newTrackingNumber();
                tracking.add(number);
                Timestamp at = Timestamp.from(start.plusSeconds(i));
                boolean moderated = status != CommentStatus.PENDING;
                ps.setLong(1, NEXT_ID.getAndIncrement());
                ps.setLong(2, periodId);
                ps.setString(3, number);
                ps.setString(4, bodies.get(i));
                ps.setString(5, status.name());
                ps.setTimestamp(6, at);
                ps.setString(7, moderated ? "moderator" : null);
                ps.setTimestamp(8, moderated ? at : null);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tracking;
    }
}
