package org.oversightportal.thirdparty;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One upload of a third party's file: who, when, how far it has got, and its report, in which every
 * row that did not become an entry is listed with the reason (nothing is dropped silently).
 */
@Entity
public class ThirdPartyImport extends PanacheEntity {

    /** Why a row is in the report. */
    public enum Problem {
        /** The agency is not in the portal (and the import was not asked to create agencies). */
        UNKNOWN_AGENCY,
        /** The technology value maps onto none of the portal's categories. */
        UNMAPPABLE_TECHNOLOGY,
        /** The row lacks the agency or the technology, or cannot be read. */
        BAD_ROW,
        /** Not a problem: the import created this agency, as asked. */
        AGENCY_CREATED
    }

    /** One line of the report; {@code row} is the row in the spreadsheet (the header is row 1). */
    public record ReportLine(Problem problem, long row, String value) {
    }

    /** The rows of the report with the same problem and value, for example one unknown agency. */
    public record ReportGroup(Problem problem, String value, List<Long> rows) {
    }

    /** One kind of problem in the report, with its texts (keys of the "at" bundle). */
    public record ReportSection(Problem problem, List<ReportGroup> groups) {
        public String id() {
            return problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String titleKey() {
            return "report_" + problem.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String helpKey() {
            return titleKey() + "_help";
        }

        public String valueKey() {
            return titleKey() + "_value";
        }
    }

    @Column(nullable = false)
    public String source;
    @Column(nullable = false)
    public String fileName;
    @Column(nullable = false)
    public String importedBy;
    public boolean createAgencies;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(nullable = false)
    public Instant startedAt;
    public Instant finishedAt;

    public int totalRows;
    public int processedRows;
    @Column(name = "created_count")
    public int created;
    @Column(name = "duplicate_count")
    public int duplicates;
    @Column(name = "unknown_agency_count")
    public int unknownAgencies;
    @Column(name = "unmappable_count")
    public int unmappable;
    @Column(name = "bad_row_count")
    public int badRows;
    @Column(name = "agencies_created_count")
    public int agenciesCreated;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ReportLine> report = new ArrayList<>();

    public boolean isRunning() {
        return status == ImportStatus.RUNNING;
    }

    public int percent() {
        return totalRows == 0 ? (isRunning() ? 0 : 100) : (int) (100L * processedRows / totalRows);
    }

    /** The report, problem by problem (those that occurred), each grouped by value. */
    public List<ReportSection> sections() {
        List<ReportSection> sections = new ArrayList<>();
        for (Problem problem : Problem.values()) {
            List<ReportGroup> groups = groups(problem);
            if (!groups.isEmpty()) {
                sections.add(new ReportSection(problem, groups));
            }
        }
        return sections;
    }

    /** The report of one kind of problem, grouped by value (an unknown agency with all its rows). */
    public List<ReportGroup> groups(Problem wanted) {
        Map<String, List<Long>> byValue = new LinkedHashMap<>();
        for (ReportLine line : report) {
            if (line.problem() == wanted) {
                byValue.computeIfAbsent(line.value() == null ? "" : line.value(), v -> new ArrayList<>())
                        .add(line.row());
            }
        }
        List<ReportGroup> groups = new ArrayList<>();
        byValue.forEach((value, rows) -> groups.add(new ReportGroup(wanted, value, rows)));
        return groups;
    }

    public static List<ThirdPartyImport> listRecent() {
        return list("order by startedAt desc");
    }
}
