package org.oversightportal.testsupport;

import static io.restassured.RestAssured.given;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements one real HTTP request costs (Hibernate statistics are on in tests). */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static long forPage(EntityManagerFactory emf, String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }
}
