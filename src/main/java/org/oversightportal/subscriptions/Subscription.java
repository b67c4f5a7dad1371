package org.oversightportal.subscriptions;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Optional;

/**
 * An address that follows one topic of the feeds by email, narrowed or not to one agency, vendor or
 * technology. It receives nothing until confirmed from the link sent to it; the token in that link and
 * in every email is the only way to act on it, and the address is never shown or exported.
 */
@Entity
public class Subscription extends PanacheEntity {

    public static final String IMMEDIATE = "immediate";
    public static final String WEEKLY = "weekly";
    public static final String ALL = "all";

    @Column(nullable = false)
    public String email;

    /** One of {@link org.oversightportal.opendata.FeedItems#TOPICS}. */
    @Column(nullable = false)
    public String topic;

    /** {@code all}, {@code agency}, {@code vendor} or {@code technology}. */
    @Column(nullable = false)
    public String scopeKind;

    /** The slug of the agency, vendor or technology; null for {@code all}. */
    public String scopeSlug;

    /** {@code immediate} or {@code weekly}. */
    @Column(nullable = false)
    public String frequency;

    /** The language emails are written in (the page's when subscribing). */
    @Column(nullable = false)
    public String locale;

    @Column(nullable = false, unique = true)
    public String token;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant confirmedAt;

    public Instant unsubscribedAt;

    /** Entries updated up to this moment have been sent or predate the subscription. */
    public Instant watermark;

    public Instant lastSentAt;

    public boolean isLive() {
        return unsubscribedAt == null;
    }

    public boolean isActive() {
        return confirmedAt != null && unsubscribedAt == null;
    }

    public String agency() {
        return "agency".equals(scopeKind) ? scopeSlug : null;
    }

    public String vendor() {
        return "vendor".equals(scopeKind) ? scopeSlug : null;
    }

    public String technology() {
        return "technology".equals(scopeKind) ? scopeSlug : null;
    }

    public static Optional<Subscription> findByToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return find("token", token).firstResultOptional();
    }

    /** The live subscription of an address to a topic and scope, if any. */
    public static Optional<Subscription> findLive(String email, String topic, String scopeKind, String scopeSlug) {
        return find("lower(email) = lower(?1) and topic = ?2 and scopeKind = ?3 and coalesce(scopeSlug, '') = ?4"
                + " and unsubscribedAt is null", email, topic, scopeKind, scopeSlug == null ? "" : scopeSlug)
                .firstResultOptional();
    }
}
