package org.oversightportal.comments;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.Parse;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The owning agency speaks back: an official response to a closed period's comments (Markdown,
 * rendered with commonmark and then sanitized with the OWASP allow-list, so no script or style can get
 * through), and answers to individual published comments (plain text, shown escaped).
 */
@ApplicationScoped
public class ResponseService {

    public static final int RESPONSE_MAX = 50_000;
    public static final int ANSWER_MAX = 5_000;

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("pre", "hr").toFactory());

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Markdown to HTML that is safe to show as it is. */
    public static String render(String markdown) {
        return POLICY.sanitize(HTML.render(MARKDOWN.parse(markdown)));
    }

    /** A period the current staff member may respond to: their own agency's, or refused (and audited). */
    public CommentPeriod ownPeriod(long periodId) {
        CommentPeriod period = CommentPeriod.<CommentPeriod>find("""
                select p from CommentPeriod p join fetch p.disclosure d join fetch d.agency where p.id = ?1""", periodId)
                .firstResultOptional().orElseThrow(jakarta.ws.rs.NotFoundException::new);
        if (!user.mayFileFor(period.disclosure.agency.id)) {
            audit.denied("comment-response.open", "comment_period", periodId, "not the owning agency");
            throw new ForbiddenException("Another agency's comment period");
        }
        return period;
    }

    @Transactional
    public FieldErrors respond(long periodId, String markdown) {
        CommentPeriod period = ownPeriod(periodId);
        FieldErrors errors = new FieldErrors(field -> "field_response_" + field);
        String text = Parse.text(markdown, "body", RESPONSE_MAX, true, errors);
        if (period.isOpenAt(Instant.now(clock))) {
            errors.add("body", "error_response_period_open");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant now = Instant.now(clock);
        CommentResponse response = CommentResponse.<CommentResponse>find("period", period).firstResultOptional()
                .orElseGet(CommentResponse::new);
        boolean first = response.id == null;
        response.period = period;
        response.bodyMarkdown = text;
        response.bodyHtml = render(text);
        response.updatedAt = now;
        if (first) {
            response.publishedAt = now;
            response.publishedBy = user.username();
            response.persist();
        }
        audit.changed(first ? "comment-response.publish" : "comment-response.update", "comment_period", period.id,
                text.length() + " characters");
        return errors;
    }

    /** Answers (or, with blank text, withdraws the answer to) one published comment of the agency's own period. */
    @Transactional
    public FieldErrors answer(long periodId, String trackingNumber, String text) {
        CommentPeriod period = ownPeriod(periodId);
        PublicComment comment = PublicComment.<PublicComment>find("trackingNumber = ?1 and period = ?2",
                trackingNumber, period).firstResultOptional().orElseThrow(jakarta.ws.rs.NotFoundException::new);
        FieldErrors errors = new FieldErrors(field -> "field_answer_" + field);
        String answer = Parse.text(text, "text", ANSWER_MAX, false, errors);
        if (comment.status != CommentStatus.PUBLISHED) {
            errors.add("text", "error_answer_not_published");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        comment.agencyAnswer = answer;
        comment.answeredBy = answer == null ? null : user.username();
        comment.answeredAt = answer == null ? null : Instant.now(clock);
        audit.changed(answer == null ? "comment.answer-withdrawn" : "comment.answer", "public_comment",
                trackingNumber, answer == null ? "" : answer.length() + " characters");
        return errors;
    }
}
