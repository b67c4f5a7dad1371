package org.oversightportal.comments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/** Moderators and admins set or extend a period; the reason is public and the change is audited. */
@QuarkusTest
class PeriodChangeTest {

    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    void aModeratorExtendsAPeriodWithAPublicReasonAndTheChangeIsAudited() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Extended period");
        String path = "/moderation/periods/" + p.id();
        LocalDate opens = LocalDate.now(ZONE).minusDays(1);
        LocalDate closes = LocalDate.now(ZONE).plusDays(45);
        FormSession.open(path).post(Map.of("opensOn", opens.toString(), "closesOn", closes.toString(),
                "note", "Extended after the hearing moved to January.")).post(path).then().statusCode(303);

        CommentPeriod stored = QuarkusTransaction.requiringNew()
                .call(() -> CommentPeriod.<CommentPeriod>findById(p.id()));
        assertThat(stored.closesAt).isEqualTo(closes.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
        assertThat(stored.changedBy).isEqualTo("moderator");
        given().get("/technologies/" + p.slug()).then()
                .body(containsString("Extended after the hearing moved to January."))
                .body(containsString("Comments are open until"));
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "action = ?1 and targetId = ?2", "comment-period.change", String.valueOf(p.id())).firstResult());
        assertThat(entry.actor).isEqualTo("moderator");
        assertThat(entry.detail).contains("-> " + opens + " to " + closes).contains("hearing moved");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminMayReopenAClosedPeriod() {
        CommentFixtures.Period p = CommentFixtures.closedPeriod(Identities.ORLANDO, "Reopened period");
        String path = "/moderation/periods/" + p.id();
        FormSession.open(path).post(Map.of("opensOn", LocalDate.now(ZONE).toString(), "closesOn",
                LocalDate.now(ZONE).plusDays(14).toString(), "note", "Reopened: the notice was not mailed."))
                .post(path).then().statusCode(303);
        given().get("/technologies/" + p.slug()).then().body(containsString("Comment on this technology"));
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    void impossibleDatesAreRefusedWithMessagesAndWhatWasTypedIsKept() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Bad dates");
        String path = "/moderation/periods/" + p.id();
        FormSession.open(path).post(Map.of("opensOn", LocalDate.now(ZONE).toString(), "closesOn",
                LocalDate.now(ZONE).minusDays(3).toString(), "note", "Typed reason stays")).post(path).then()
                .statusCode(422).body(containsString("Choose a closing date that is today or later."))
                .body(containsString("Typed reason stays"));
        FormSession.open(path).post(Map.of("opensOn", LocalDate.now(ZONE).plusDays(10).toString(), "closesOn",
                LocalDate.now(ZONE).plusDays(5).toString(), "note", "")).post(path).then().statusCode(422)
                .body(containsString("on or after the opening date")).body(containsString("Enter this information."));
        FormSession.open(path).post(Map.of("opensOn", "next tuesday", "closesOn", "2026-13-45", "note", "x"))
                .post(path).then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    void staffCannotChangeAPeriod() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.WASHINGTON, "Staff may not extend");
        given().get("/moderation/periods/" + p.id()).then().statusCode(403);
    }
}
