package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.egov.portal.PortalTestInfrastructure;
import cn.gov.egov.portal.people.admin.ImportOutcome;
import cn.gov.egov.portal.people.admin.OrgUnit;
import cn.gov.egov.portal.people.admin.OrgUnitService;
import cn.gov.egov.portal.people.admin.PeopleAccessDeniedException;
import cn.gov.egov.portal.people.admin.PeopleAudit;
import cn.gov.egov.portal.people.admin.PeopleInputException;
import cn.gov.egov.portal.people.admin.Person;
import cn.gov.egov.portal.people.admin.PersonFilter;
import cn.gov.egov.portal.people.admin.PersonService;
import cn.gov.egov.portal.people.admin.RosterImportService;
import cn.gov.egov.portal.security.PasswordChange;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * People and organisation end to end against the real PostgreSQL: units, roster import (all or nothing), deactivation
 * and the region scope, with every bad input. Rosters are written to a temporary directory as real .xlsx files.
 */
@SpringBootTest(properties = "portal.people.max-upload-size=1MB")
@DirtiesContext
@ActiveProfiles("dev")
class PeopleAdministrationTest {

    static final String WUHUA = "530102";
    static final String KUNMING = "530100";
    static final String QUJING = "530300";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PortalTestInfrastructure.register(registry);
    }

    @Autowired
    RosterImportService imports;
    @Autowired
    OrgUnitService units;
    @Autowired
    PersonService people;
    @Autowired
    PeopleAudit audit;
    @Autowired
    UserRepository users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordChange passwordChange;

    @TempDir
    Path dir;
    /** Makes this test's usernames, ID numbers and unit names unique in the shared database. */
    String p;
    int idSeed;
    PortalUser kunming;
    PortalUser qujing;
    PortalUser learner;

    @BeforeEach
    void accounts() {
        p = "t" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
        idSeed = ThreadLocalRandom.current().nextInt(0, 90_000);
        kunming = account("km", Role.REGION_ADMIN, KUNMING);
        qujing = account("qj", Role.REGION_ADMIN, QUJING);
        learner = account("ln", Role.LEARNER, WUHUA);
    }

    PortalUser account(String name, Role role, String region) {
        PortalUser u = new PortalUser(UUID.randomUUID(), p + name, name + "管理员", null, encoder.encode("x"), role,
                region, true);
        users.insert(u);
        return u;
    }

    /** A valid row: unique username and ID number, in 五华区, unit {@code <p>财政局/办公室}. */
    List<Object> row(int n) {
        return new ArrayList<>(List.of("张三" + n, p + "u" + n, id(n), String.format("138%08d", n),
                p + n + "@km.gov.cn", "云南省/昆明市/五华区", p + "财政局/办公室", "一级科员", "学员"));
    }

    String id(int n) {
        // birth dates 1950-01-01 + n days keep numbers unique per test; sequence from the seed
        String birth = java.time.LocalDate.of(1950, 1, 1).plusDays(idSeed % 20_000 + n)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return IdNumbers.withCheckDigit("530102" + birth + String.format("%03d", idSeed % 997));
    }

    @SafeVarargs
    final Path roster(List<Object>... rows) throws IOException {
        List<List<Object>> all = new ArrayList<>();
        all.add(TestWorkbooks.HEADER);
        all.addAll(List.of(rows));
        return TestWorkbooks.xlsx(dir, all);
    }

    int peopleWithPrefix() {
        return jdbc.sql("select count(*) from app_user where username like :p").param("p", p + "u%")
                .query(Integer.class).single();
    }

    int unitsWithPrefix() {
        return jdbc.sql("select count(*) from department where path like :p").param("p", p + "%")
                .query(Integer.class).single();
    }

    ImportOutcome.Rejected rejected(PortalUser actor, Path file) throws IOException {
        ImportOutcome outcome = imports.importRoster(actor, file, x -> { });
        assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
        ImportOutcome.Rejected r = (ImportOutcome.Rejected) outcome;
        assertThat(r.report()).exists();
        return r;
    }

    // --- roster import ---------------------------------------------------------------------------------------

    @Test
    void cleanRosterCreatesUnitsAndPeopleWithRandomInitialPasswordsThatMustBeChanged() throws IOException {
        List<Object> third = row(3);
        third.set(7, "");
        List<ImportProgressSeen> seen = new ArrayList<>();
        ImportOutcome outcome = imports.importRoster(kunming, roster(row(1), row(2), third),
                pr -> seen.add(new ImportProgressSeen(pr.phase().name(), pr.done())));

        ImportOutcome.Imported ok = (ImportOutcome.Imported) outcome;
        assertThat(ok.people()).isEqualTo(3);
        assertThat(ok.units()).isEqualTo(2);
        assertThat(seen).extracting(ImportProgressSeen::phase).contains("READING", "WRITING", "DONE");
        assertThat(ok.credentials()).extracting(ImportOutcome.Credential::password).doesNotHaveDuplicates()
                .allMatch(pw -> pw.length() == 14);
        for (ImportOutcome.Credential c : ok.credentials()) {
            PortalUser u = users.findByUsername(c.username()).orElseThrow();
            assertThat(encoder.matches(c.password(), u.passwordHash())).isTrue();
            assertThat(u.passwordHash()).doesNotContain(c.password());
            assertThat(passwordChange.mustChange(c.username())).isTrue();
            assertThat(u.regionCode()).isEqualTo(WUHUA);
        }
        List<Person> listed = people.page(kunming, new PersonFilter(KUNMING, null, null, true, p + "u"), 0, 50);
        assertThat(listed).extracting(Person::username, Person::departmentPath, Person::rank)
                .containsExactlyInAnyOrder(tuple(p + "u1", p + "财政局/办公室", Rank.STAFF_1),
                        tuple(p + "u2", p + "财政局/办公室", Rank.STAFF_1), tuple(p + "u3", p + "财政局/办公室", null));
        Person first = listed.stream().filter(x -> x.username().equals(p + "u1")).findFirst().orElseThrow();
        assertThat(first.idNumberMasked()).isEqualTo(id(1).substring(0, 4) + "**********" + id(1).substring(14));
        String stored = jdbc.sql("select id_number_hash from app_user where username = :u").param("u", p + "u1")
                .query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(id(1).substring(6, 14));
        assertThat(units.list(kunming, WUHUA)).extracting(OrgUnit::path)
                .contains(p + "财政局", p + "财政局/办公室");
        assertThat(audit.recent("5301", 20)).extracting(PeopleAudit.Entry::actor, PeopleAudit.Entry::action)
                .contains(tuple(kunming.username(), "ROSTER_IMPORT"));

        // the initial password is replaced by the user's own, under BCrypt, and the flag is cleared
        ImportOutcome.Credential c = ok.credentials().getFirst();
        assertThat(passwordChange.change(c.username(), "wrong", "Better-pass-1")).isEqualTo("password.error.current");
        assertThat(passwordChange.change(c.username(), c.password(), "short1")).isEqualTo("password.error.weak");
        assertThat(passwordChange.change(c.username(), c.password(), "Better-pass-1")).isNull();
        assertThat(passwordChange.mustChange(c.username())).isFalse();
        assertThat(users.findByUsername(c.username()).orElseThrow().passwordHash()).startsWith("{bcrypt}");
    }

    record ImportProgressSeen(String phase, int done) {
    }

    @Test
    void aRosterWithRowErrorsWritesNothingAndTheReportMarksEachRow() throws IOException {
        List<Object> badPhone = row(3);
        badPhone.set(3, "12345");
        List<Object> otherRegion = row(4);
        otherRegion.set(5, "云南省/曲靖市/麒麟区");
        List<Object> badRank = row(5);
        badRank.set(7, "处长");
        ImportOutcome.Rejected r = rejected(kunming, roster(row(1), row(2), badPhone, otherRegion, badRank));

        assertThat(r.rows()).isEqualTo(5);
        assertThat(r.rowsWithErrors()).isEqualTo(3);
        assertThat(r.errors()).extracting(RowError::row, RowError::code).containsExactly(
                tuple(4, RowProblem.PHONE_INVALID), tuple(5, RowProblem.REGION_OUT_OF_SCOPE),
                tuple(6, RowProblem.RANK_UNKNOWN));
        assertThat(r.summary()).contains("3 行有错误", "不导入任何数据");
        assertThat(peopleWithPrefix()).isZero();
        assertThat(unitsWithPrefix()).isZero();
        try (XSSFWorkbook report = new XSSFWorkbook(Files.newInputStream(r.report()))) {
            Sheet sheet = report.getSheet(ErrorReportWorkbook.SHEET);
            Row header = sheet.getRow(0);
            int errorColumn = header.getLastCellNum() - 1;
            assertThat(header.getCell(errorColumn).getStringCellValue()).isEqualTo(ErrorReportWorkbook.ERROR_COLUMN);
            assertThat(sheet.getRow(3).getCell(errorColumn).getStringCellValue()).contains("手机号");
            assertThat(sheet.getRow(5).getCell(errorColumn).getStringCellValue()).contains("职级");
            Row fine = sheet.getRow(1);
            assertThat(fine.getCell(errorColumn) == null || fine.getCell(errorColumn).getStringCellValue().isEmpty())
                    .isTrue();
        }
        Files.delete(r.report());
    }

    @Test
    void overlongNamesAreRowErrors() throws IOException {
        List<Object> longName = row(1);
        longName.set(0, "张".repeat(51));
        List<Object> longUnit = row(2);
        longUnit.set(6, "局".repeat(51) + "/办公室");
        ImportOutcome.Rejected r = rejected(kunming, roster(longName, longUnit));
        assertThat(r.errors()).extracting(RowError::row, RowError::code).containsExactly(
                tuple(2, RowProblem.NAME_TOO_LONG), tuple(3, RowProblem.DEPARTMENT_NAME_TOO_LONG));
        assertThat(peopleWithPrefix()).isZero();
    }

    @Test
    void duplicateUsernamesAndIdNumbersInTheFileMarkEveryRowInvolved() throws IOException {
        List<Object> sameName = row(2);
        sameName.set(1, p + "u1");
        List<Object> samePerson = row(3);
        samePerson.set(2, id(1));
        ImportOutcome.Rejected r = rejected(kunming, roster(row(1), sameName, samePerson));
        assertThat(r.errors()).extracting(RowError::row, RowError::code).containsExactlyInAnyOrder(
                tuple(2, RowProblem.USERNAME_DUPLICATE), tuple(3, RowProblem.USERNAME_DUPLICATE),
                tuple(2, RowProblem.ID_NUMBER_DUPLICATE), tuple(4, RowProblem.ID_NUMBER_DUPLICATE));
        assertThat(peopleWithPrefix()).isZero();
    }

    @Test
    void usernamesAndIdNumbersAlreadyInTheDatabaseAreRefusedAndNothingMoreIsWritten() throws IOException {
        assertThat(imports.importRoster(kunming, roster(row(1)), x -> { }))
                .isInstanceOf(ImportOutcome.Imported.class);
        List<Object> takenName = row(2);
        takenName.set(1, p + "u1");
        List<Object> takenId = row(3);
        takenId.set(2, id(1));
        List<Object> demoName = row(4);
        demoName.set(1, "LEARNER"); // the demo learner's username, in capitals: matched case-insensitively
        ImportOutcome.Rejected r = rejected(kunming, roster(row(5), takenName, takenId, demoName));
        assertThat(r.errors()).extracting(RowError::row, RowError::code).containsExactly(
                tuple(3, RowProblem.USERNAME_DUPLICATE), tuple(4, RowProblem.ID_NUMBER_DUPLICATE),
                tuple(5, RowProblem.USERNAME_DUPLICATE));
        assertThat(r.errors().getFirst().message()).contains("已被系统中的其他账号使用");
        assertThat(r.errors().get(1).message()).contains("已登记在系统中的其他账号上").doesNotContain(id(1));
        assertThat(peopleWithPrefix()).isEqualTo(1);
    }

    @Test
    void aDeactivatedUnitInTheRosterIsARowError() throws IOException {
        OrgUnit unit = units.create(kunming, WUHUA, null, p + "财政局");
        units.deactivate(kunming, unit.id());
        ImportOutcome.Rejected r = rejected(kunming, roster(row(1)));
        assertThat(r.errors()).extracting(RowError::code).containsExactly(RowProblem.DEPARTMENT_PATH_INVALID);
        assertThat(r.errors().getFirst().message()).contains("已停用");
        assertThat(peopleWithPrefix()).isZero();
    }

    @Test
    void aFileThatIsNotExcelIsRefusedWhole() throws IOException {
        Path csv = TestWorkbooks.bytes(dir, ".xlsx",
                "姓名,工号/用户名\n张三,zhangsan\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> imports.importRoster(kunming, csv, x -> { }))
                .isInstanceOfSatisfying(RosterFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(RosterFileException.Reason.NOT_XLSX))
                .hasMessageContaining(".xlsx");
        assertThat(audit.recent("5301", 5)).extracting(PeopleAudit.Entry::actor, PeopleAudit.Entry::action)
                .contains(tuple(kunming.username(), "ROSTER_IMPORT_REFUSED"));
    }

    @Test
    void aFileOverTheConfiguredLimitIsRefusedWhileUploadingAndWhenRead() throws IOException {
        long limit = 1024 * 1024; // portal.people.max-upload-size=1MB in this test
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent++ < 10 * limit ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= 10 * limit) {
                    return -1;
                }
                sent += len;
                return len;
            }
        };
        assertThatThrownBy(() -> imports.reader().copyUpload(endless)).isInstanceOfSatisfying(
                RosterFileException.class, e -> assertThat(e.reason()).isEqualTo(RosterFileException.Reason.TOO_LARGE))
                .hasMessageContaining("1 MB");
        Path big = TestWorkbooks.bytes(dir, ".xlsx", new byte[(int) limit + 1]);
        assertThatThrownBy(() -> imports.importRoster(kunming, big, x -> { })).isInstanceOfSatisfying(
                RosterFileException.class, e -> assertThat(e.reason()).isEqualTo(RosterFileException.Reason.TOO_LARGE));
    }

    @Test
    void aLearnerCannotImport() throws IOException {
        Path file = roster(row(1));
        assertThatThrownBy(() -> imports.importRoster(learner, file, x -> { }))
                .isInstanceOf(PeopleAccessDeniedException.class);
        assertThat(peopleWithPrefix()).isZero();
        assertDenied(learner, "ROSTER_IMPORT");
    }

    // --- units --------------------------------------------------------------------------------------------------

    @Test
    void unitsAreCreatedRenamedMovedDeactivatedAndReactivatedWithTheirSubtree() {
        OrgUnit bureau = units.create(kunming, WUHUA, null, "  " + p + "财政局 ");
        OrgUnit office = units.create(kunming, WUHUA, bureau.id(), "办公室" + p);
        OrgUnit desk = units.create(kunming, WUHUA, office.id(), "文秘科");
        OrgUnit other = units.create(kunming, WUHUA, null, p + "人社局");
        assertThat(bureau.name()).isEqualTo(p + "财政局");
        assertThat(desk.path()).isEqualTo(p + "财政局/办公室" + p + "/文秘科");

        units.rename(kunming, bureau.id(), p + "财政厅");
        assertThat(path(desk)).isEqualTo(p + "财政厅/办公室" + p + "/文秘科");

        OrgUnit moved = units.move(kunming, office.id(), other.id());
        assertThat(moved.path()).isEqualTo(p + "人社局/办公室" + p);
        assertThat(path(desk)).isEqualTo(p + "人社局/办公室" + p + "/文秘科");
        assertThat(units.move(kunming, office.id(), null).depth()).isEqualTo(1);
        assertThat(path(desk)).isEqualTo("办公室" + p + "/文秘科");
        assertThat(units.get(kunming, "TEST", desk.id()).depth()).isEqualTo(2);
        units.move(kunming, office.id(), other.id());

        units.deactivate(kunming, other.id());
        assertThat(units.list(kunming, WUHUA)).filteredOn(u -> u.path().startsWith(p + "人社局"))
                .hasSize(3).noneMatch(OrgUnit::active);
        assertThatThrownBy(() -> units.reactivate(kunming, office.id())).isInstanceOf(PeopleInputException.class)
                .extracting(e -> ((PeopleInputException) e).code()).isEqualTo("parent-inactive");
        units.reactivate(kunming, other.id());
        assertThat(units.list(kunming, WUHUA)).filteredOn(u -> u.id().equals(other.id())).allMatch(OrgUnit::active);
        assertThat(audit.recent("5301", 50)).extracting(PeopleAudit.Entry::action)
                .contains("DEPARTMENT_CREATE", "DEPARTMENT_RENAME", "DEPARTMENT_MOVE", "DEPARTMENT_DEACTIVATE",
                        "DEPARTMENT_REACTIVATE");
    }

    String path(OrgUnit u) {
        return units.get(kunming, "TEST", u.id()).path();
    }

    @Test
    void badUnitNamesAndMovesAreRefusedWithAReason() {
        OrgUnit bureau = units.create(kunming, WUHUA, null, p + "财政局");
        OrgUnit office = units.create(kunming, WUHUA, bureau.id(), "办公室");
        assertCode(() -> units.create(kunming, WUHUA, null, "局".repeat(51)), "name-too-long");
        assertCode(() -> units.create(kunming, WUHUA, null, "   "), "name-blank");
        assertCode(() -> units.create(kunming, WUHUA, null, "财政局/办公室"), "name-slash");
        assertCode(() -> units.create(kunming, WUHUA, bureau.id(), "办公室"), "name-taken");
        assertCode(() -> units.rename(kunming, office.id(), "局".repeat(51)), "name-too-long");
        assertCode(() -> units.move(kunming, bureau.id(), office.id()), "move-into-itself");
        assertCode(() -> units.create(kunming, "530103", bureau.id(), "科"), "parent-other-region");
        OrgUnit deepest = office;
        for (int level = 3; level <= 5; level++) {
            deepest = units.create(kunming, WUHUA, deepest.id(), "第" + level + "级");
        }
        OrgUnit fifth = deepest;
        assertCode(() -> units.create(kunming, WUHUA, fifth.id(), "第6级"), "too-deep");
        OrgUnit top = units.create(kunming, WUHUA, null, p + "人社局");
        assertCode(() -> units.move(kunming, bureau.id(), top.id()), "too-deep");
        assertThat(units.list(kunming, WUHUA)).filteredOn(u -> u.path().startsWith(p)).hasSize(6);
    }

    @Test
    void anotherRegionsAdministratorIsRefusedAndAudited() {
        OrgUnit bureau = units.create(kunming, WUHUA, null, p + "财政局");
        assertThatThrownBy(() -> units.rename(qujing, bureau.id(), "改名")).isInstanceOf(
                PeopleAccessDeniedException.class);
        assertThatThrownBy(() -> units.deactivate(qujing, bureau.id())).isInstanceOf(
                PeopleAccessDeniedException.class);
        assertThatThrownBy(() -> units.create(qujing, WUHUA, null, p + "别的局")).isInstanceOf(
                PeopleAccessDeniedException.class);
        assertThatThrownBy(() -> units.list(qujing, WUHUA)).isInstanceOf(PeopleAccessDeniedException.class);
        assertThatThrownBy(() -> people.deactivate(qujing, learner.id())).isInstanceOf(
                PeopleAccessDeniedException.class);
        assertThatThrownBy(() -> people.page(qujing, PersonFilter.region(KUNMING), 0, 10)).isInstanceOf(
                PeopleAccessDeniedException.class);
        assertThatThrownBy(() -> units.create(learner, WUHUA, null, p + "学员的局")).isInstanceOf(
                PeopleAccessDeniedException.class);
        assertThat(path(bureau)).isEqualTo(p + "财政局");
        assertThat(users.findByUsername(learner.username()).orElseThrow().enabled()).isTrue();
        for (String action : List.of("DEPARTMENT_RENAME", "DEPARTMENT_DEACTIVATE", "DEPARTMENT_CREATE",
                "USER_DEACTIVATE", "USER_LIST")) {
            assertDenied(qujing, action);
        }
        assertDenied(learner, "DEPARTMENT_CREATE");
    }

    void assertDenied(PortalUser actor, String action) {
        int n = jdbc.sql("""
                select count(*) from portal_audit_entry where actor = :a and action = :x and outcome = 'DENIED'
                """).param("a", actor.username()).param("x", action).query(Integer.class).single();
        assertThat(n).as("DENIED %s by %s audited", action, actor.username()).isPositive();
    }

    static void assertCode(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(PeopleInputException.class)
                .extracting(e -> ((PeopleInputException) e).code()).isEqualTo(code);
    }

    // --- people -------------------------------------------------------------------------------------------------

    @Test
    void deactivatedPeopleKeepTheirRowAndCanBeReactivated() {
        PersonFilter mine = new PersonFilter(KUNMING, null, null, null, learner.username());
        people.deactivate(kunming, learner.id());
        assertThat(users.findByUsername(learner.username()).orElseThrow().enabled()).isFalse();
        assertThat(people.page(kunming, mine, 0, 10)).extracting(Person::active).containsExactly(false);
        assertThat(people.count(kunming, new PersonFilter(KUNMING, null, null, true, learner.username()))).isZero();
        people.reactivate(kunming, learner.id());
        assertThat(users.findByUsername(learner.username()).orElseThrow().enabled()).isTrue();
        assertCode(() -> people.deactivate(kunming, kunming.id()), "self");
        assertCode(() -> people.deactivate(kunming, UUID.randomUUID()), "not-found");
        assertThat(audit.recent("5301", 20)).extracting(PeopleAudit.Entry::action, PeopleAudit.Entry::target)
                .contains(tuple("USER_DEACTIVATE", learner.username()), tuple("USER_REACTIVATE", learner.username()));
    }

    @Test
    void theListIsLimitedToTheSubtreeAndFiltersByUnitAndRank() throws IOException {
        List<Object> other = row(2);
        other.set(6, p + "人社局");
        other.set(7, "二级科员");
        imports.importRoster(kunming, roster(row(1), other), x -> { });
        OrgUnit bureau = units.list(kunming, WUHUA).stream().filter(u -> u.path().equals(p + "财政局")).findFirst()
                .orElseThrow();
        assertThat(people.page(kunming, new PersonFilter(WUHUA, bureau.id(), null, null, null), 0, 10))
                .extracting(Person::username).containsExactly(p + "u1");
        assertThat(people.page(kunming, new PersonFilter(KUNMING, null, Rank.STAFF_2, null, p), 0, 10))
                .extracting(Person::username).containsExactly(p + "u2");
        assertThat(people.page(kunming, PersonFilter.region(KUNMING), 0, 1000)).extracting(Person::regionCode)
                .allMatch(c -> c.startsWith("5301"));
        assertThat(people.count(qujing, new PersonFilter(QUJING, null, null, null, p))).isEqualTo(1); // qj itself
    }
}
