package org.oversightportal.subscriptions;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * An address that follows one topic of the feeds by email, narrowed or not to one agency, vendor or
 * technology. It receives nothing until confirmed from the link sent to it. Two secret tokens are the only
 * ways to act on it: {@link #token} confirms (it is only in the confirmation email), {@link #unsubscribeToken}
 * ends it (it is in every email). The address is never shown or exported.
 */
@Entity
public class Subscription extends PanacheEntity {

    public static final String IMMEDIATE = "immediate";
    public static final String WEEKLY = "weekly";
    public static final String ALL = "all";

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** The secret of the confirmation link, sent only in the confirmation email. */
    @Column(nullable = false, unique = true)
    public String token;

    /** The secret of the unsubscribe link of every email; it can only end the subscription. */
    @Column(nullable = false, unique = true)
    public String unsubscribeToken;

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

    /** A fresh secret for a link: 32 random bytes, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @PrePersist
    void withUnsubscribeToken() {
        if (unsubscribeToken == null) {
            unsubscribeToken = newToken();
        }
    }

    /** The subscription a confirmation link names. */
    public static Optional<Subscription> findByToken(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return find("token", token).firstResultOptional();
    }

    /**
     * The subscription an unsubscribe link names. Links mailed before the tokens were separated (V13) carry
     * the confirm token, which therefore still unsubscribes (only that; it never resumes).
     */
    public static Optional<Subscription> findByUnsubscribeToken(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        Optional<Subscription> found = find("unsubscribeToken", token).firstResultOptional();
        return found.isPresent() ? found : find("token", token).firstResultOptional();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
    }

    /** The live subscription of an address to a topic and scope, if any. */
    public static Optional<Subscription> findLive(String email, String topic, String scopeKind, String scopeSlug) {
        return find("lower(email) = lower(?1) and topic = ?2 and scopeKind = ?3 and coalesce(scopeSlug, '') = ?4"
                + " and unsubscribedAt is null", email, topic, scopeKind, scopeSlug == null ? "" : scopeSlug)
                .firstResultOptional();
    }
}
