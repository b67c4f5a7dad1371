package org.oversightportal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.comments.CommentResponse;
import org.oversightportal.comments.CommentService;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.comments.PublicComment;
import org.oversightportal.comments.RejectReason;
import org.oversightportal.comments.ResponseService;
import org.oversightportal.inventory.Disclosure;

/**
 * Demo comments, written for the demo (the cases' real comment records are not public): a closed
 * period with published comments, a campaign, a removed comment, an answer and the agency's response;
 * an open period with comments waiting for the moderator.
 */
@ApplicationScoped
public class DemoComments {

    static final String HARBOR_ALPR = "harbor-city-police-automated-license-plate-readers";
    static final String ORLANDO_PILOT = "orlando-police-real-time-face-recognition-pilot";

    @Transactional
    public void load(Instant now) {
        CommentPeriod closed = period(HARBOR_ALPR);
        Instant t = closed.opensAt.plus(Duration.ofDays(2));
        PublicComment retention = comment(closed, "Maria G.", """
                How long are plate reads kept when they match no hotlist? The disclosure says 30 days, \
                but the vendor's cloud keeps them for a year unless told otherwise.""", CommentStatus.PUBLISHED, t);
        retention.agencyAnswer = "Reads that match no hotlist are deleted after 30 days: section 4.2 of the "
                + "contract overrides the vendor's default, and the annual audit checks it.";
        retention.answeredBy = "staff-harbor-city";
        retention.answeredAt = closed.closesAt.plus(Duration.ofDays(3));
        for (int i = 0; i < 37; i++) {
            comment(closed, i % 3 == 0 ? null : "Harbor City resident", """
                    I oppose sharing Harbor City's license plate data with any federal immigration agency. \
                    Please make the no-sharing condition part of the contract.""", CommentStatus.PUBLISHED,
                    t.plus(Duration.ofHours(5 + i)));
        }
        comment(closed, null, "The cameras on Harbor Boulevard have already cut car thefts near the marina. "
                + "I support keeping them.", CommentStatus.PUBLISHED, t.plus(Duration.ofDays(4)));
        PublicComment removed = comment(closed, "J.", "The sergeant who runs this system lives on Pier Street, "
                + "number withheld by the demo.", CommentStatus.HIDDEN, t.plus(Duration.ofDays(6)));
        removed.rejectReason = RejectReason.PERSONAL_INFORMATION;
        removed.moderatedAt = removed.submittedAt.plus(Duration.ofDays(1));
        comment(closed, "Dan O.", "Who audits the searches officers run? The disclosure names no one.",
                CommentStatus.PUBLISHED, t.plus(Duration.ofDays(9)));

        CommentResponse response = new CommentResponse();
        response.period = closed;
        response.bodyMarkdown = """
                Thank you to the 41 residents who commented. We read every comment; this is what changes.

                **Immigration enforcement.** Sharing with federal immigration agencies is now a condition of \
                the contract, not only of the council's approval.

                **Retention.** Reads that match no hotlist are deleted after 30 days, whatever the vendor's \
                default. The annual audit checks a sample of deletions.

                **Audits of searches.** The Office of the Inspector General audits a random sample of searches \
                every quarter; the results appear in the annual use report.""";
        response.bodyHtml = ResponseService.render(response.bodyMarkdown);
        response.publishedBy = "staff-harbor-city";
        response.publishedAt = closed.closesAt.plus(Duration.ofDays(10));
        response.updatedAt = response.publishedAt;
        response.persist();

        CommentPeriod open = period(ORLANDO_PILOT);
        comment(open, "Orlando resident", "Please publish how many real-time matches led to a stop during the pilot.",
                CommentStatus.PUBLISHED, now.minus(Duration.ofDays(6)));
        comment(open, null, "Real-time face recognition should not run on city cameras at all.", CommentStatus.PENDING,
                now.minus(Duration.ofDays(1)));
        comment(open, "K. Thompson", "Does the pilot include the cameras at the bus terminal?", CommentStatus.PENDING,
                now.minus(Duration.ofHours(3)));
    }

    private static CommentPeriod period(String slug) {
        Disclosure d = Disclosure.findBySlug(slug).orElseThrow();
        return CommentPeriod.latestFor(d).orElseThrow();
    }

    private static PublicComment comment(CommentPeriod period, String name, String body, CommentStatus status,
            Instant at) {
        PublicComment c = new PublicComment();
        c.period = period;
        c.trackingNumber = CommentService.newTrackingNumber();
        c.displayName = name;
        c.body = body;
        c.status = status;
        c.submittedAt = at;
        if (status != CommentStatus.PENDING) {
            c.moderatedBy = "moderator";
            c.moderatedAt = at.plus(Duration.ofHours(20));
        }
        c.persist();
        return c;
    }
}
