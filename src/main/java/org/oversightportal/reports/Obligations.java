package org.oversightportal.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SqlValues;

/**
 * Every annual report owed by approved technologies still in use, with its state on a given day:
 * three statements (approved technologies, extensions, reports) whatever the number of agencies.
 */
@ApplicationScoped
public class Obligations {

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public ZoneId zone() {
        return ZoneId.of(config.timeZone());
    }

    public DueDates rules() {
        return DueDates.of(config.reports());
    }

    /** Every obligation, or those of one agency or one technology (ids may be null). */
    public List<Obligation> list(Long agencyId, Long disclosureId, LocalDate today) {
        DueDates rules = DueDates.of(config.reports());
        String where = (agencyId == null ? "" : " and d.agency_id = :agency")
                + (disclosureId == null ? "" : " and d.id = :disclosure");
        var approved = em.createNativeQuery("""
                select d.id, d.slug, d.name, a.id, a.slug, a.name, d.approval_date
                from disclosure d join agency a on a.id = d.agency_id
                where d.approval_status in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'PENDING_REVIEW')
                  and d.approval_date is not null and d.lifecycle_status <> 'RETIRED'""" + where
                + " order by a.name, d.name");
        var reports = em.createNativeQuery("""
                select r.disclosure_id, r.reporting_year, r.submitted_at, r.extension_days, r.extension_reason
                from annual_report r join disclosure d on d.id = r.disclosure_id
                where (r.submitted_at is not null or r.extension_days is not null)""" + where);
        for (var q : List.of(approved, reports)) {
            if (agencyId != null) {
                q.setParameter("agency", agencyId);
            }
            if (disclosureId != null) {
                q.setParameter("disclosure", disclosureId);
            }
        }
        Map<String, Object[]> recorded = new HashMap<>();
        for (Object row : reports.getResultList()) {
            Object[] r = (Object[]) row;
            recorded.put(r[0] + "/" + r[1], r);
        }
        List<Obligation> obligations = new ArrayList<>();
        ZoneId zone = zone();
        for (Object row : approved.getResultList()) {
            Object[] d = (Object[]) row;
            LocalDate approvedOn = d[6] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) d[6];
            for (DueDates.Owed owed : rules.owed(approvedOn, today)) {
                String key = d[0] + "/" + owed.year();
                Object[] r = recorded.get(key);
                Integer extension = r == null || r[3] == null ? null : ((Number) r[3]).intValue();
                obligations.add(new Obligation(((Number) d[0]).longValue(), (String) d[1], (String) d[2],
                        ((Number) d[3]).longValue(), (String) d[4], (String) d[5], owed.year(), owed.due(),
                        extension, r == null ? null : (String) r[4], r == null ? null : SqlValues.instant(r[2]),
                        today, zone));
            }
        }
        obligations.sort(Comparator.comparing(Obligation::effectiveDue).thenComparing(Obligation::technology));
        return obligations;
    }

    public List<Obligation> list(Long agencyId, Long disclosureId) {
        return list(agencyId, disclosureId, today());
    }
}
