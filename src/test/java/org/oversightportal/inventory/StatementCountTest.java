package org.oversightportal.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.SqlStatements;

/**
 * List pages cost a fixed number of SQL statements however many rows they show (no query per row),
 * and a technology page a fixed handful (six at most, the target of the performance issue). Counted with Hibernate's statistics around real HTTP requests.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    EntityManagerFactory emf;

    long statementsFor(String path) {
        return SqlStatements.forPage(emf, path);
    }

    @Test
    void inventoryPageCostsTheSameWithOneRowOrAFullPage() {
        long full = statementsFor("/technologies");
        long one = statementsFor("/technologies?q=mugshots");
        long none = statementsFor("/technologies?q=zzzzunlikelyword");
        assertThat(one).isEqualTo(none);
        // A text search sends one statement more: the planner settings of InventoryQuery.textPlan.
        assertThat(one).isEqualTo(full + 1);
        assertThat(full).isLessThanOrEqualTo(5);
    }

    @Test
    void technologyPageCostsAFixedHandfulOfStatements() {
        // disclosure with its agency and vendors; revisions; comment period with its response; one page of
        // the thread with its counts; annual reports (with extensions); board decisions
        assertThat(statementsFor("/technologies/washington-county-sheriff-face-recognition-search-of-booking-photos"))
                .isLessThanOrEqualTo(6);
        assertThat(statementsFor("/technologies/harbor-city-police-automated-license-plate-readers"))
                .isLessThanOrEqualTo(6);
    }

    @Test
    void agencyVendorAndHomePagesDoNotQueryPerRow() {
        // one page of the list with its counts, and how many there are in all; a later page looks up where it starts
        assertThat(statementsFor("/agencies")).isEqualTo(2);
        assertThat(statementsFor("/vendors")).isEqualTo(2);
        assertThat(statementsFor("/agencies?after=harbor-city-police")).isEqualTo(3);
        assertThat(statementsFor("/vendors?after=flock-safety")).isEqualTo(3);
        long bigAgency = statementsFor("/agencies/harbor-city-police");
        long smallAgency = statementsFor("/agencies/orlando-police");
        // the agency; its technologies (a page and the count); what third parties report about it
        assertThat(bigAgency).isEqualTo(smallAgency).isLessThanOrEqualTo(4);
        assertThat(statementsFor("/vendors/amazon-web-services")).isEqualTo(statementsFor("/vendors/leo-technologies"));
        assertThat(statementsFor("/")).isLessThanOrEqualTo(3);
    }
}
