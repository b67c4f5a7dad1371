package org.oversightportal.exigent;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.AuditLog;
import org.oversightportal.common.CurrentUser;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.MultiLine;
import org.oversightportal.common.Parse;
import org.oversightportal.common.PortalConfig;
import org.oversightportal.common.SingleLine;
import org.oversightportal.inventory.Disclosure;

/** Staff record exigent uses for their own agency, and report on each; both audited. */
@ApplicationScoped
public class ExigentUseService {

    public static class UseForm {
        public String technology;
        public String technologyName;
        public String startedOn;
        public String endedOn;
        @MultiLine
        public String reason;
        @MultiLine
        public String dataKept;
    }

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    public Agency myAgency() {
        return Agency.findById(user.requireAgency().id());
    }

    public List<ExigentUse> mine() {
        return ExigentUse.list("select e from ExigentUse e left join fetch e.disclosure where e.agency = ?1 "
                + "order by e.startedOn desc, e.id desc", myAgency());
    }

    public ExigentUse own(long id) {
        ExigentUse use = ExigentUse.<ExigentUse>findByIdOptional(id).orElseThrow(NotFoundException::new);
        if (!use.agency.id.equals(myAgency().id)) {
            audit.denied("exigent-use.open", "exigent_use", id, "belongs to agency " + use.agency.slug);
            throw new ForbiddenException("Another agency's record");
        }
        return use;
    }

    @Transactional
    public FieldErrors record(UseForm form) {
        Agency agency = myAgency();
        FieldErrors errors = new FieldErrors(field -> "field_exigent_" + field);
        SingleLine.check(form, errors);
        Disclosure disclosure = null;
        if (!org.oversightportal.common.FormBinding.isBlank(form.technology)) {
            disclosure = Disclosure.<Disclosure>find("slug = ?1 and agency = ?2", form.technology.strip(), agency)
                    .firstResultOptional().orElse(null);
            if (disclosure == null) {
                errors.add("technology", "error_choose");
            }
        }
        String name = Parse.text(form.technologyName, "technologyName", 300, disclosure == null, errors);
        LocalDate started = Parse.date(form.startedOn, "startedOn", errors);
        LocalDate ended = Parse.date(form.endedOn, "endedOn", errors);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(config.timeZone())));
        if (started == null && !errors.has("startedOn")) {
            errors.add("startedOn", "error_required");
        } else if (started != null && started.isAfter(today)) {
            errors.add("startedOn", "error_exigent_future");
        }
        if (started != null && ended != null && ended.isBefore(started)) {
            errors.add("endedOn", "error_exigent_end_before_start");
        }
        String reason = Parse.text(form.reason, "reason", 20_000, true, errors);
        String dataKept = Parse.text(form.dataKept, "dataKept", 20_000, true, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        ExigentUse use = new ExigentUse();
        use.agency = agency;
        use.disclosure = disclosure;
        use.technologyName = name != null ? name : disclosure.name;
        use.startedOn = started;
        use.endedOn = ended;
        use.reason = reason;
        use.dataKept = dataKept;
        use.recordedBy = user.username();
        use.recordedAt = Instant.now(clock);
        use.persist();
        audit.changed("exigent-use.record", "exigent_use", use.id, use.technologyName + ", " + started);
        return errors;
    }

    @Transactional
    public FieldErrors report(long id, String text) {
        ExigentUse use = own(id);
        FieldErrors errors = new FieldErrors(field -> "field_exigent_" + field);
        String report = Parse.text(text, "reportText", 20_000, true, errors);
        if (use.isReported()) {
            errors.add("reportText", "error_exigent_reported");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        use.reportText = report;
        use.reportedBy = user.username();
        use.reportedAt = Instant.now(clock);
        audit.changed("exigent-use.report", "exigent_use", id, use.technologyName);
        return errors;
    }
}
