package org.oversightportal.comments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.SqlStatements;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * Campaigns (copies of one text shown once, "submitted by N people", moderated as one) and a thread
 * that pages: a technology page costs the same few SQL statements with one comment or a thousand.
 */
@QuarkusTest
class CampaignAndThreadTest {

    static final String CAMPAIGN = "Stop the drones over our parks. Privacy matters!";

    @Inject
    EntityManagerFactory emf;

    long statementsFor(String path) {
        return SqlStatements.forPage(emf, path);
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    void aThousandCopiesOfOneTextAreOneGroupModeratedAsAWholeAndShownOnce() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Campaign target");
        List<String> copies = CommentFixtures.copies(p.id(), CAMPAIGN, 1000, CommentStatus.PENDING);
        // Near-identical: the same words with different case, spacing and punctuation join the group.
        CommentFixtures.comment(p.id(), "stop the drones over our parks  privacy matters", CommentStatus.PENDING);
        String other = CommentFixtures.comment(p.id(), "A different view: drones found a lost child.",
                CommentStatus.PENDING);

        String queue = given().get("/moderation").then().statusCode(200).extract().asString();
        assertThat(occurrences(queue, CAMPAIGN)).as("the campaign appears once in the queue").isEqualTo(1);
        assertThat(queue).contains("1,001 identical comments").contains(copies.get(0))
                .doesNotContain(copies.get(1)).contains(other);

        FormSession.open("/moderation").post(Map.of("action", "publish", "selected", copies.get(0)))
                .post("/moderation").then().statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.count(
                "period.id = ?1 and status = ?2", p.id(), CommentStatus.PUBLISHED))).isEqualTo(1001);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.count(
                "period.id = ?1 and status = ?2", p.id(), CommentStatus.PENDING))).as("the other comment waits")
                .isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "action = ?1 and targetId = ?2", "comment.published", copies.get(0)).firstResult().detail))
                .contains("1001 identical comments");

        String page = given().get("/technologies/" + p.slug()).then().statusCode(200).extract().asString();
        assertThat(occurrences(page, CAMPAIGN)).as("the text is shown once").isEqualTo(1);
        assertThat(page).contains("Submitted by 1,001 people").contains("Comments received: 1,002");
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    void rejectingACampaignRejectsEveryCopyButNotOtherComments() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Campaign rejected");
        List<String> copies = CommentFixtures.copies(p.id(), "Buy cheap watches at example dot com", 30,
                CommentStatus.PENDING);
        String person = CommentFixtures.comment(p.id(), "I support the program.", CommentStatus.PENDING);
        FormSession.open("/moderation").post(Map.of("action", "reject", "selected", copies.get(5), "reason", "spam"))
                .post("/moderation").then().statusCode(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.count(
                "period.id = ?1 and status = ?2", p.id(), CommentStatus.REJECTED))).isEqualTo(30);
        given().get("/comments/" + copies.get(29)).then().body(containsString("Spam"));
        given().get("/comments/" + person).then().body(containsString("Waiting for moderation"));
    }

    @Test
    void theThreadIsPaginatedAndThePageCostsTheSameStatementsWithOneOrAThousandComments() {
        CommentFixtures.Period one = CommentFixtures.openPeriod(Identities.ORLANDO, "Thread with one comment");
        CommentFixtures.comment(one.id(), "The only comment", CommentStatus.PUBLISHED);
        CommentFixtures.Period many = CommentFixtures.openPeriod(Identities.ORLANDO, "Thread with a thousand");
        List<String> bodies = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            bodies.add("Distinct comment number " + i + " about the cameras");
        }
        List<String> tracking = CommentFixtures.comments(many.id(), bodies, CommentStatus.PUBLISHED);

        long small = statementsFor("/technologies/" + one.slug());
        long large = statementsFor("/technologies/" + many.slug());
        long deep = statementsFor("/technologies/" + many.slug() + "?comments=37");
        assertThat(large).as("statements with 1,000 comments").isEqualTo(small).isEqualTo(deep)
                .isLessThanOrEqualTo(6);

        String first = given().get("/technologies/" + many.slug()).then().extract().asString();
        assertThat(first).contains("Distinct comment number 1 about").contains("Distinct comment number 20 about")
                .doesNotContain("Distinct comment number 21 about").contains("Page 1 of 50")
                .contains("?comments=2#comments");
        given().get("/technologies/" + many.slug() + "?comments=50").then()
                .body(containsString("Distinct comment number 1000 about"))
                .body(not(containsString("Distinct comment number 980 about")))
                .body(containsString("Page 50 of 50"));
        // A page past the end shows the last one rather than an empty thread.
        given().get("/technologies/" + many.slug() + "?comments=999").then()
                .body(containsString("Distinct comment number 1000 about"));
        assertThat(tracking).hasSize(1000);
    }

    static int occurrences(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
