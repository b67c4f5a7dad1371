package org.oversightportal.subscriptions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.Parse;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SingleLine;
import org.oversightportal.common.Slugs;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.mail.Outbox;
import org.oversightportal.opendata.FeedItems.Item;
import org.oversightportal.opendata.FeedItems;
import org.oversightportal.vendors.Vendor;

/**
 * Email subscriptions to the feeds' topics. Double opt-in: a request only sends a confirmation link,
 * and nothing else is sent until it is followed. Confirmed subscriptions receive each new entry of
 * their topic (within a minute) or a weekly digest; every email carries a one-click unsubscribe link
 * and a {@code List-Unsubscribe} header. Delivery runs on one instance at a time (an advisory lock)
 * and moves each subscription's watermark in the same transaction as the emails it queues, so an
 * entry is sent once. The confirm link and the unsubscribe links carry different tokens, and a subscription
 * once ended is never resumed by a link: following again needs a new request and a new confirmation.
 */
@ApplicationScoped
public class SubscriptionService {

    /** The advisory lock key of the delivery job. */
    static final long LOCK = 0x5355425343524942L;
    static final Duration WEEK = Duration.ofDays(7);

    @CheckedTemplate(basePath = "subscriptions/mail")
    static class Templates {
        static native TemplateInstance subscriptionConfirm(Subscription s, String what, String confirmLink,
                String unsubscribeLink, String portal);

        static native TemplateInstance subscriptionExisting(Subscription s, String what, String unsubscribeLink,
                String portal);

        static native TemplateInstance subscriptionDigest(Subscription s, String what, List<Item> items, String more,
                String feedLink, String unsubscribeLink, String portal);
    }

    /** A scope that was asked for: its kind, slug and the name shown. */
    public record Scope(String kind, String slug, String name) {
        static final Scope ALL = new Scope(Subscription.ALL, null, null);
    }

    @Inject
    Outbox outbox;

    @Inject
    FeedItems feedItems;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The scope named by the form's (or the page's) parameters: none is everything; more than one, or an
     * unknown slug, is empty.
     */
    public Optional<Scope> scope(String agency, String vendor, String technology) {
        int given = (blank(agency) ? 0 : 1) + (blank(vendor) ? 0 : 1) + (blank(technology) ? 0 : 1);
        if (given == 0) {
            return Optional.of(Scope.ALL);
        }
        if (given > 1) {
            return Optional.empty();
        }
        if (!blank(agency)) {
            return Slugs.isValid(agency) ? Agency.findBySlug(agency).map(a -> new Scope("agency", a.slug, a.name))
                    : Optional.empty();
        }
        if (!blank(vendor)) {
            return Slugs.isValid(vendor) ? Vendor.findBySlug(vendor).map(v -> new Scope("vendor", v.slug, v.name))
                    : Optional.empty();
        }
        return Slugs.isValid(technology)
                ? Disclosure.findBySlug(technology).map(d -> new Scope("technology", d.slug, d.name))
                : Optional.empty();
    }

    /** Problems with the form, by field; empty if it can be accepted. */
    public FieldErrors validate(SubscriptionForm form) {
        FieldErrors errors = new FieldErrors(field -> "field_subscription_" + field);
        SingleLine.check(form, errors);
        String email = Parse.text(form.email, "email", 254, true, errors);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "error_email");
        }
        if (form.topic == null || !FeedItems.TOPICS.contains(form.topic)) {
            errors.add("topic", "error_choose");
        }
        if (!Subscription.IMMEDIATE.equals(form.frequency) && !Subscription.WEEKLY.equals(form.frequency)) {
            errors.add("frequency", "error_choose");
        }
        return errors;
    }

    /** True if the honeypot was filled in: a robot, answered as if it had worked. */
    public boolean isDecoy(SubscriptionForm form) {
        return form.website != null && !form.website.isBlank();
    }

    /**
     * Records a request and emails the confirmation link (or, to an address already subscribed, a note
     * saying so with its unsubscribe link). What the page says afterwards is the same in every case, so
     * it never tells whether an address is subscribed.
     */
    @Transactional
    public void request(SubscriptionForm form, Scope scope, Locale locale) {
        String email = form.email.trim();
        Instant now = Instant.now(clock);
        Optional<Subscription> live = Subscription.findLive(email, form.topic, scope.kind(), scope.slug());
        if (live.isPresent() && live.get().confirmedAt != null) {
            Subscription s = live.get();
            String body = Templates.subscriptionExisting(s, describe(s, locale), unsubscribeLink(s), config.name())
                    .setLocale(locale).render();
            outbox.enqueue(s.email, "subscription-existing", bundle(locale).mail_existing_subject(describe(s, locale)),
                    body).listUnsubscribe = "<" + unsubscribeLink(s) + ">";
            audit.changed("subscription.requested-again", "subscription", s.id, s.topic + " " + scopeText(s));
            return;
        }
        Subscription s = live.orElseGet(Subscription::new);
        if (s.id == null) {
            s.email = email;
            s.topic = form.topic;
            s.scopeKind = scope.kind();
            s.scopeSlug = scope.slug();
            s.token = Subscription.newToken();
            s.unsubscribeToken = Subscription.newToken();
            s.createdAt = now;
        }
        s.frequency = form.frequency;
        s.locale = locale.getLanguage();
        s.persist();
        String body = Templates.subscriptionConfirm(s, describe(s, locale), config.baseUrl() + "/subscriptions/confirm/"
                + s.token, unsubscribeLink(s), config.name()).setLocale(locale).render();
        outbox.enqueue(s.email, "subscription-confirm", bundle(locale).mail_confirm_subject(describe(s, locale)), body)
                .listUnsubscribe = "<" + unsubscribeLink(s) + ">";
        audit.changed("subscription.requested", "subscription", s.id, s.topic + " " + scopeText(s) + " " + s.frequency);
    }

    /**
     * Confirms a pending subscription from its confirmation link. Entries older than this moment are not
     * sent. An ended subscription stays ended (refused, and audited as such): following again takes a new
     * request, whose own confirmation link proves again that the address wants the emails.
     */
    @Transactional
    public Optional<Subscription> confirm(String token) {
        Optional<Subscription> found = Subscription.findByToken(token);
        found.ifPresent(s -> {
            if (s.isActive()) {
                return;
            }
            if (!s.isLive()) {
                audit.denied("subscription.resume", "subscription", s.id,
                        s.topic + " " + scopeText(s) + ": ended; a new request and confirmation are needed");
                return;
            }
            Instant now = Instant.now(clock);
            s.confirmedAt = now;
            s.watermark = now;
            s.lastSentAt = null;
            audit.changed("subscription.confirmed", "subscription", s.id, s.topic + " " + scopeText(s));
        });
        return found;
    }

    /**
     * Ends the subscription an unsubscribe link names; doing it again changes nothing. Called from the
     * button of the page the link opens, and from the router ({@link OneClickUnsubscribe}), where no request
     * context is active yet.
     */
    @ActivateRequestContext
    @Transactional
    public Optional<Subscription> unsubscribe(String token) {
        Optional<Subscription> found = Subscription.findByUnsubscribeToken(token);
        found.filter(Subscription::isLive).ifPresent(s -> {
            s.unsubscribedAt = Instant.now(clock);
            audit.changed("subscription.unsubscribed", "subscription", s.id, s.topic + " " + scopeText(s));
        });
        return found;
    }

    @Scheduled(every = "${portal.subscriptions.deliver-every}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliver();
    }

    /**
     * Queues the emails due now: for immediate subscriptions every entry newer than their watermark, for
     * weekly ones a digest once a week has passed since the last. Returns how many emails were queued (0
     * if another instance is delivering).
     */
    @Transactional
    public int deliver() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        Instant now = Instant.now(clock);
        List<Subscription> active = Subscription.list(
                "confirmedAt is not null and unsubscribedAt is null and (frequency = ?1 or coalesce(lastSentAt, confirmedAt) <= ?2)"
                        + " order by id", Subscription.IMMEDIATE, now.minus(WEEK));
        Map<String, List<Item>> byTopic = new HashMap<>();
        int queued = 0;
        for (Subscription s : active) {
            List<Item> all = byTopic.computeIfAbsent(s.topic + "|" + s.scopeKind + "|" + s.scopeSlug,
                    k -> feedItems.items(s.topic, s.agency(), s.vendor(), s.technology()));
            List<Item> fresh = all.stream().filter(i -> i.updated().isAfter(s.watermark) && !i.updated().isAfter(now))
                    .sorted(Comparator.comparing(Item::updated)).toList();
            if (Subscription.WEEKLY.equals(s.frequency)) {
                s.lastSentAt = now;
            }
            if (fresh.isEmpty()) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(s.locale);
            int shown = Math.min(fresh.size(), config.subscriptions().maxEntriesPerEmail());
            List<Item> items = fresh.subList(fresh.size() - shown, fresh.size());
            String what = describe(s, locale);
            String body = Templates.subscriptionDigest(s, what, items,
                    fresh.size() > shown ? String.valueOf(fresh.size() - shown) : null, feedLink(s),
                    unsubscribeLink(s), config.name()).setLocale(locale).render();
            SubscriptionMessages text = bundle(locale);
            String subject = Subscription.WEEKLY.equals(s.frequency) ? text.mail_digest_subject(String.valueOf(fresh.size()), what)
                    : fresh.size() == 1 ? text.mail_item_subject(fresh.get(0).title())
                    : text.mail_items_subject(String.valueOf(fresh.size()), what);
            outbox.enqueue(s.email, "subscription-" + s.frequency, subject, body).listUnsubscribe =
                    "<" + unsubscribeLink(s) + ">";
            s.watermark = fresh.get(fresh.size() - 1).updated();
            s.lastSentAt = now;
            queued++;
        }
        return queued;
    }

    /** "New and revised disclosures — Harbor City Police", in the subscriber's language. */
    public String describe(Subscription s, Locale locale) {
        SubscriptionMessages text = bundle(locale);
        String topic = topic(text, s.topic);
        if (Subscription.ALL.equals(s.scopeKind)) {
            return topic;
        }
        return topic + " — " + scope(s.agency(), s.vendor(), s.technology()).map(Scope::name).orElse(s.scopeSlug);
    }

    static String topic(SubscriptionMessages text, String topic) {
        return switch (topic) {
            case "technologies" -> text.topic_technologies();
            case "comment-periods" -> text.topic_comment_periods();
            case "decisions" -> text.topic_decisions();
            default -> text.topic_overdue_reports();
        };
    }

    String unsubscribeLink(Subscription s) {
        return config.baseUrl() + "/subscriptions/unsubscribe/" + s.unsubscribeToken;
    }

    private String feedLink(Subscription s) {
        return config.baseUrl() + "/feeds/" + s.topic + ".atom"
                + (Subscription.ALL.equals(s.scopeKind) ? "" : "?" + s.scopeKind + "=" + s.scopeSlug);
    }

    private static String scopeText(Subscription s) {
        return Subscription.ALL.equals(s.scopeKind) ? "all" : s.scopeKind + "=" + s.scopeSlug;
    }

    static SubscriptionMessages bundle(Locale locale) {
        return MessageBundles.get(SubscriptionMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
