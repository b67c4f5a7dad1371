package org.oversightportal.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.oversightportal.agencies.Agency;
import org.oversightportal.api.OversightApi;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.comments.PublicComment;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.vendors.Vendor;

/**
 * Agencies, vendors, comment periods and public comments as rows, a batch (by id) at a time. Comments
 * are those the public thread shows: published ones, and removed ones as placeholders without their
 * text. Commenters' email addresses are never part of any download.
 */
@ApplicationScoped
public class PublicRecords {

    public static final List<String> AGENCY_COLUMNS = List.of("slug", "name", "kind", "jurisdiction", "website",
            "contact_name", "contact_email", "contact_phone", "technologies", "url");

    public static final List<String> VENDOR_COLUMNS = List.of("slug", "name", "website", "parent_slug",
            "parent_name", "url");

    public static final List<String> PERIOD_COLUMNS = List.of("period_id", "technology_slug", "technology_name",
            "agency_slug", "opens_at", "closes_at", "change_note", "url");

    public static final List<String> COMMENT_COLUMNS = List.of("tracking_number", "period_id", "technology_slug",
            "status", "display_name", "body", "removed_reason", "removed_at", "submitted_at", "agency_answer",
            "answered_at", "url");

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    public void agencies(RowSink sink) throws IOException {
        batches(sink, """
                select a, (select count(d) from Disclosure d where d.agency = a) from Agency a
                where a.id > :after order by a.id""", Object[].class, r -> ((Agency) r[0]).id, r -> {
            Agency a = (Agency) r[0];
            return new Object[] { a.slug, a.name, a.kind == null ? null : a.kind.code(), a.jurisdiction, a.website,
                    a.contactName, a.contactEmail, a.contactPhone, r[1], config.baseUrl() + "/agencies/" + a.slug };
        });
    }

    public void vendors(RowSink sink) throws IOException {
        batches(sink, "select v from Vendor v left join fetch v.parent where v.id > :after order by v.id", Vendor.class,
                v -> v.id, v -> new Object[] { v.slug, v.name, v.website, v.parent == null ? null : v.parent.slug,
                        v.parent == null ? null : v.parent.name, config.baseUrl() + "/vendors/" + v.slug });
    }

    public void periods(RowSink sink) throws IOException {
        batches(sink, """
                select p from CommentPeriod p join fetch p.disclosure d join fetch d.agency
                where p.id > :after order by p.id""", CommentPeriod.class, p -> p.id,
                p -> new Object[] { p.id, p.disclosure.slug, p.disclosure.name, p.disclosure.agency.slug, p.opensAt,
                        p.closesAt, p.changeNote, config.baseUrl() + "/technologies/" + p.disclosure.slug + "#comments" });
    }

    public void comments(RowSink sink) throws IOException {
        batches(sink, """
                select c from PublicComment c join fetch c.period p join fetch p.disclosure
                where c.status in (org.oversightportal.comments.CommentStatus.PUBLISHED,
                                   org.oversightportal.comments.CommentStatus.HIDDEN)
                  and c.id > :after order by c.id""", PublicComment.class, c -> c.id, c -> {
            OversightApi.Comment shown = OversightApi.comment(c);
            return new Object[] { shown.trackingNumber(), c.period.id, c.period.disclosure.slug, shown.status(),
                    shown.displayName(), shown.body(), shown.removedReason(), shown.removedAt(), shown.submittedAt(),
                    shown.agencyAnswer(), shown.answeredAt(),
                    shown.trackingNumber() == null ? null : config.baseUrl() + "/comments/" + shown.trackingNumber() };
        });
    }

    /** Reads the query a batch at a time, each in its own short transaction, and writes each row. */
    private <T> void batches(RowSink sink, String jpql, Class<T> type, Function<T, Long> id,
            Function<T, Object[]> row) throws IOException {
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = new java.util.ArrayList<>();
            Long last = QuarkusTransaction.requiringNew().call(() -> {
                List<T> batch = em.createQuery(jpql, type).setParameter("after", from)
                        .setMaxResults(config.downloads().batchSize()).getResultList();
                batch.forEach(t -> rows.add(row.apply(t)));
                return batch.isEmpty() ? null : id.apply(batch.get(batch.size() - 1));
            });
            if (last == null) {
                return;
            }
            for (Object[] r : rows) {
                sink.row(r);
            }
            sink.flush();
            after = last;
        }
    }
}
