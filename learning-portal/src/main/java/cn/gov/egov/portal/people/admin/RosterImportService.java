package cn.gov.egov.portal.people.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.egov.portal.people.Department;
import cn.gov.egov.portal.people.ErrorReportWorkbook;
import cn.gov.egov.portal.people.IdNumberHasher;
import cn.gov.egov.portal.people.ImportMode;
import cn.gov.egov.portal.people.ImportPlan;
import cn.gov.egov.portal.people.RosterColumn;
import cn.gov.egov.portal.people.RosterEntry;
import cn.gov.egov.portal.people.RosterFileException;
import cn.gov.egov.portal.people.RosterHeader;
import cn.gov.egov.portal.people.RosterLimits;
import cn.gov.egov.portal.people.RosterReader;
import cn.gov.egov.portal.people.RosterValidator;
import cn.gov.egov.portal.people.RowError;
import cn.gov.egov.portal.people.RowProblem;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 花名册导入, all or nothing: the roster is streamed and checked by the people domain, then checked against the
 * database (usernames and ID numbers already on an account, units deactivated); on any problem nothing is written
 * and an error report is produced. A clean roster is written in one transaction: missing units first (parents
 * before children), then the people in JDBC batches, each with a random initial password to change at first log-in.
 */
@Service
public class RosterImportService {

    private static final Logger log = LoggerFactory.getLogger(RosterImportService.class);

    private final RosterLimits limits;
    private final IdNumberHasher hasher;
    private final PeopleScope scope;
    private final PeopleAudit audit;
    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final TransactionTemplate transaction;
    private final PeopleProperties properties;
    private final Clock clock;
    private final InitialPasswords passwords = new InitialPasswords();

    public RosterImportService(RosterLimits limits, IdNumberHasher hasher, PeopleScope scope, PeopleAudit audit,
                               OrgUnitRepository units, PersonRepository people, TransactionTemplate transaction,
                               PeopleProperties properties, Clock clock) {
        this.limits = limits;
        this.hasher = hasher;
        this.scope = scope;
        this.audit = audit;
        this.units = units;
        this.people = people;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** A reader with the configured limits, e.g. to copy an upload with {@link RosterReader#copyUpload}. */
    public RosterReader reader() {
        return new RosterReader(limits);
    }

    /**
     * Imports the roster in {@code file} for {@code actor}.
     *
     * @throws RosterFileException          the file as a whole cannot be used (nothing written; audited)
     * @throws PeopleAccessDeniedException  the actor may not import people (audited)
     */
    public ImportOutcome importRoster(PortalUser actor, Path file, Consumer<ImportProgress> progress)
            throws IOException {
        scope.requireAdministrator(actor, "ROSTER_IMPORT");
        RosterReader reader = reader();
        RosterValidator.Run run = new RosterValidator(scope.regions(), actor.regionCode(), hasher).start();
        progress.accept(new ImportProgress(ImportProgress.Phase.READING, 0, 0));
        RosterHeader header;
        try {
            header = reader.read(file, run::accept);
        } catch (RosterFileException e) {
            audit.ok(actor, "ROSTER_IMPORT_REFUSED", e.code(), actor.regionCode(), e.getMessage());
            throw e;
        }
        ImportPlan plan = run.finish();
        progress.accept(new ImportProgress(ImportProgress.Phase.CHECKING, 0, plan.rowCount()));
        Map<String, OrgUnit> existing = existingUnits(plan);
        List<RowError> errors = new ArrayList<>(plan.errors());
        errors.addAll(againstDatabase(plan.validEntries(), existing));
        if (!errors.isEmpty()) {
            errors.sort(RowError.ORDER);
            progress.accept(new ImportProgress(ImportProgress.Phase.REPORTING, 0, plan.rowCount()));
            Path report = report(reader, file, header, errors);
            int badRows = (int) errors.stream().mapToInt(RowError::row).distinct().count();
            String summary = "共 " + plan.rowCount() + " 行，其中 " + badRows + " 行有错误（共 " + errors.size()
                    + " 处），本次不导入任何数据。请下载错误报告，修改后重新导入";
            log.info("Roster of {} rows refused for {}: {} errors", plan.rowCount(), actor.username(), errors.size());
            audit.ok(actor, "ROSTER_IMPORT_REJECTED", plan.rowCount() + " rows", actor.regionCode(), summary);
            return new ImportOutcome.Rejected(plan.rowCount(), badRows, List.copyOf(errors), summary, report);
        }
        return write(actor, plan, existing, progress);
    }

    private ImportOutcome write(PortalUser actor, ImportPlan plan, Map<String, OrgUnit> existing,
                                Consumer<ImportProgress> progress) {
        List<RosterEntry> entries = plan.entriesToWrite(ImportMode.ALL_OR_NOTHING);
        List<ImportOutcome.Credential> credentials = new ArrayList<>(entries.size());
        List<PersonRepository.NewPerson> rows = new ArrayList<>(entries.size());
        Map<String, OrgUnit> created = new HashMap<>();
        Instant now = clock.instant();
        List<OrgUnit> newUnits = new ArrayList<>();
        for (Department d : plan.departmentsToWrite(ImportMode.ALL_OR_NOTHING)) {
            String key = key(d.regionCode(), d.path());
            if (!existing.containsKey(key)) {
                OrgUnit parent = d.parent() == null ? null : unit(existing, created, d.parent());
                OrgUnit unit = new OrgUnit(UUID.randomUUID(), d.regionCode(), parent == null ? null : parent.id(),
                        d.name(), d.path(), d.depth(), true);
                created.put(key, unit);
                newUnits.add(unit);
            }
        }
        for (RosterEntry e : entries) {
            String password = passwords.generate();
            credentials.add(new ImportOutcome.Credential(e.username(), e.name(), password));
            rows.add(new PersonRepository.NewPerson(UUID.randomUUID(), e.username(), e.name(), e.email(),
                    passwords.hash(password), e.role(), e.regionCode(), unit(existing, created, e.department()).id(),
                    e.rank(), e.phone(), e.idNumber() == null ? null : e.idNumber().masked(),
                    e.idNumber() == null ? null : e.idNumber().hash()));
        }
        int total = rows.size();
        transaction.executeWithoutResult(status -> {
            newUnits.forEach(u -> units.insert(u, now));
            people.insertAll(rows, now, properties.batchSize(),
                    done -> progress.accept(new ImportProgress(ImportProgress.Phase.WRITING, done, total)));
            audit.ok(actor, "ROSTER_IMPORT", total + " people, " + newUnits.size() + " units", actor.regionCode(),
                    null);
        });
        log.info("Roster imported by {}: {} people, {} new units", actor.username(), total, newUnits.size());
        progress.accept(new ImportProgress(ImportProgress.Phase.DONE, total, total));
        return new ImportOutcome.Imported(total, newUnits.size(), List.copyOf(credentials));
    }

    private Map<String, OrgUnit> existingUnits(ImportPlan plan) {
        Set<String> regions = new LinkedHashSet<>();
        plan.validEntries().forEach(e -> regions.add(e.regionCode()));
        Map<String, OrgUnit> map = new HashMap<>();
        units.inRegions(regions).forEach(u -> map.put(key(u.regionCode(), u.path()), u));
        return map;
    }

    /** Usernames and ID numbers already on an account; units that exist but are deactivated. */
    private List<RowError> againstDatabase(List<RosterEntry> entries, Map<String, OrgUnit> existing) {
        List<RowError> errors = new ArrayList<>();
        Set<String> takenNames = people.existingUsernames(entries.stream().map(RosterEntry::username).toList());
        Set<String> takenIds = people.existingIdHashes(entries.stream().filter(e -> e.idNumber() != null)
                .map(e -> e.idNumber().hash()).toList());
        for (RosterEntry e : entries) {
            if (takenNames.contains(e.username())) {
                errors.add(new RowError(e.row(), RosterColumn.USERNAME, RowProblem.USERNAME_DUPLICATE,
                        "用户名 " + e.username() + " 已被系统中的其他账号使用，请换一个用户名（导入只新建账号）"));
            }
            if (e.idNumber() != null && takenIds.contains(e.idNumber().hash())) {
                errors.add(new RowError(e.row(), RosterColumn.ID_NUMBER, RowProblem.ID_NUMBER_DUPLICATE,
                        "该身份证号已登记在系统中的其他账号上，同一人不能有两个账号"));
            }
            for (Department d : e.department().lineage()) {
                OrgUnit u = existing.get(key(d.regionCode(), d.path()));
                if (u != null && !u.active()) {
                    errors.add(new RowError(e.row(), RosterColumn.DEPARTMENT, RowProblem.DEPARTMENT_PATH_INVALID,
                            "单位「" + u.path() + "」已停用，请先在“单位部门”中启用它或改填其他单位"));
                    break;
                }
            }
        }
        return errors;
    }

    private Path report(RosterReader reader, Path file, RosterHeader header, List<RowError> errors)
            throws IOException {
        Path out = Files.createTempFile("roster-errors-", ".xlsx");
        try (ErrorReportWorkbook report = new ErrorReportWorkbook(header, errors)) {
            reader.read(file, report::add);
            try (OutputStream stream = Files.newOutputStream(out)) {
                report.writeTo(stream);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
    }

    private static OrgUnit unit(Map<String, OrgUnit> existing, Map<String, OrgUnit> created, Department d) {
        String key = key(d.regionCode(), d.path());
        OrgUnit u = existing.get(key);
        return u != null ? u : created.get(key);
    }

    private static String key(String region, String path) {
        return region + "|" + path;
    }
}
