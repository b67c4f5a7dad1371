package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oversightportal.comments.CommentService;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.comments.PublicComment;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;
import org.oversightportal.testsupport.NginxProxy;

/**
 * Security review finding 3, over HTTP through a real nginx running the Compose proxy's configuration: a client
 * that invents X-Forwarded-For addresses is still one client, for the comment rate limit and for flags. Before
 * the fix (nginx appended to the client's header and Quarkus believed its left-most entry), every invented
 * address was a new client: no 429, and three invented flaggers hid any comment.
 */
@QuarkusTest
@TestProfile(ProxiedClientAddressTest.BehindNginx.class)
class ProxiedClientAddressTest {

    /** The portal as Compose runs it behind nginx on this machine: only 127.0.0.1 is a trusted proxy, none exempt. */
    public static class BehindNginx implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.comments.rate-limit.exempt", "192.0.2.250", "portal.http.trusted-proxies", "127.0.0.1");
        }
    }

    static NginxProxy nginx;

    @Inject
    CommentService service;

    @AfterAll
    static void stopNginx() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void finding3_inventedForwardedForAddressesThroughTheComposeProxyAreOneClient() {
        nginx = NginxProxy.start(io.restassured.RestAssured.port);
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Behind the Compose proxy");
        String target = CommentFixtures.comment(p.id(), "A published comment someone wants gone.", CommentStatus.PUBLISHED);

        // Three flags, each claiming another address in X-Forwarded-For (and in Forwarded): one reporter.
        List<String> outcomes = new ArrayList<>();
        for (String invented : List.of("198.51.100.1", "192.0.2.2", "203.0.113.3")) {
            FormSession form = FormSession.open("/comments/" + target + "/flag");
            Response r = form.post(Map.of("reason", "spam")).header("X-Forwarded-For", invented)
                    .header("Forwarded", "for=" + invented).post(nginx.url() + "/comments/" + target + "/flag");
            assertThat(r.statusCode()).isEqualTo(303);
            outcomes.add(r.header("Location").replaceAll(".*done=", ""));
        }
        assertThat(outcomes).containsExactly("recorded", "already", "already");
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> PublicComment.<PublicComment>find("trackingNumber", target).firstResult().status))
                .isEqualTo(CommentStatus.PUBLISHED);

        // Comments with a new invented address each: the flag and these draw from one allowance of five.
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("body", "Comment " + i + " claiming another address");
            form.put("started", service.startTokenFor(Long.toString(Instant.now().minusSeconds(10).toEpochMilli())));
            form.put("website", "");
            statuses.add(FormSession.open("/technologies/" + p.slug() + "/comment").post(form)
                    .header("X-Forwarded-For", "198.51.100." + (10 + i))
                    .post(nginx.url() + "/technologies/" + p.slug() + "/comment").statusCode());
        }
        // The three flags counted (a repeat is counted before it is found to be one): two comments, then 429.
        assertThat(statuses).as("one client, whatever it claims: its allowance runs out").containsExactly(303, 303, 429);
    }
}
