package org.oversightportal.common;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits how often one address may submit comments and flags, with Bucket4j token buckets stored in
 * PostgreSQL: every portal instance draws from the same bucket, so a limit of five holds across a
 * cluster. Addresses are never stored: a bucket is named by a keyed hash of the address.
 */
@ApplicationScoped
public class RateLimiter {

    /** The answer for one attempt: allowed, or refused with how long to wait. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOW = new Decision(true, 0);
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PortalConfig config;

    @Inject
    ClientAddress clients;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    String key;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private BucketConfiguration submissions;
    private BucketConfiguration lookups;

    @PostConstruct
    void init() {
        PortalConfig.RateLimit limit = config.comments().rateLimit();
        submissions = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.submissions()).refillIntervally(limit.submissions(), limit.window()))
                .build();
        lookups = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.lookups()).refillIntervally(limit.lookups(), limit.window()))
                .build();
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** Counts one submission (a comment or a flag) from the current request's address. */
    public Decision trySubmission() {
        return tryConsume("submit:", submissions);
    }

    /** Counts one look-up of a comment by tracking number from the current request's address. */
    public Decision tryLookup() {
        return tryConsume("lookup:", lookups);
    }

    private Decision tryConsume(String kind, BucketConfiguration limits) {
        ClientAddress.Client client = clients.current();
        List<String> exempt = config.comments().rateLimit().exempt().orElse(List.of());
        if (client == null || exempt.contains(client.address())) {
            return Decision.ALLOW;
        }
        ProxyManager<String> manager = buckets;
        ConsumptionProbe probe = manager.builder().build(kind + hash(client.key()), () -> limits)
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Decision.ALLOW;
        }
        return new Decision(false, Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** The key the current client is counted under (see {@link ClientAddress}), or null outside a request. */
    public String clientKey() {
        ClientAddress.Client client = clients.current();
        return client == null ? null : client.key();
    }

    /** A keyed hash of an address: stable enough to count by, useless for finding the person. */
    public String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("address:" + key).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 20);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops buckets that have refilled completely, so the table stays small. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        buckets.removeExpired(1000);
    }
}
