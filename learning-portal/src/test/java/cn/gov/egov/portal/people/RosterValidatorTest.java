package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.egov.portal.security.Role;

/** Every kind of row problem, normalisation of good rows, duplicates and the importer's scope. */
class RosterValidatorTest {

    static final IdNumberHasher HASHER =
            new IdNumberHasher("roster-test-key-roster-test-key-0".getBytes(StandardCharsets.US_ASCII));
    static final RosterHeader HEADER = RosterHeader.standard();
    static final String KUNMING = "530100";

    private final RosterValidator kunming = new RosterValidator(RegionResolverTest.CHINA, KUNMING, HASHER);

    /** A valid row of the standard header: 姓名 用户名 身份证号 手机号 邮箱 地区 单位 职级 角色. */
    static String[] valid(int n) {
        return new String[] {"张三" + n, "zhang" + n, IdNumbers.withCheckDigit(String.format("53010219900101%03d", n)),
                String.format("138%08d", n), "zhang" + n + "@km.gov.cn", "云南省/昆明市/五华区", "五华区财政局/办公室",
                "一级科员", "学员"};
    }

    static RosterRow row(int number, String... cells) {
        return RosterRow.of(HEADER, number, cells);
    }

    @Test
    void aValidRowBecomesANormalisedEntry() {
        String id = IdNumbers.withCheckDigit("53010219850615002");
        ImportPlan plan = kunming.validate(List.of(row(2, "张　三", " ZhangSan ", id.toLowerCase(), "+86 138-1234-5678",
                "zhangsan@km.gov.cn", "530102", "五华区财政局／办公室", "正科级", "")));

        assertThat(plan.errors()).isEmpty();
        RosterEntry entry = plan.entriesToWrite().getFirst();
        assertThat(entry.row()).isEqualTo(2);
        assertThat(entry.name()).isEqualTo("张三");
        assertThat(entry.username()).isEqualTo("zhangsan");
        assertThat(entry.idNumber().masked()).isEqualTo("5301**********" + id.substring(14));
        assertThat(entry.idNumber().hash()).isEqualTo(HASHER.protect(id).hash());
        assertThat(entry.phone()).isEqualTo("13812345678");
        assertThat(entry.regionCode()).isEqualTo("530102");
        assertThat(entry.department().path()).isEqualTo("五华区财政局/办公室");
        assertThat(entry.rank()).isEqualTo(Rank.SECTION_CHIEF);
        assertThat(entry.role()).isEqualTo(Role.LEARNER);
        assertThat(plan.summary()).isEqualTo("共 1 行，全部通过校验，可以导入");
    }

    @ParameterizedTest(name = "{0} = ''{1}'' → {2}")
    @CsvSource({
            "NAME,       '',                         NAME_MISSING,             姓名不能为空",
            "USERNAME,   '',                         USERNAME_MISSING,         工号/用户名不能为空",
            "USERNAME,   张三,                       USERNAME_INVALID,         用户名「张三」不符合要求",
            "USERNAME,   a,                          USERNAME_INVALID,         2–64 位",
            "USERNAME,   -abc,                       USERNAME_INVALID,         以字母或数字开头",
            "ID_NUMBER,  110105194912310021,         ID_NUMBER_CHECKSUM,       校验位不正确",
            "ID_NUMBER,  11010519491231002,          ID_NUMBER_INVALID,        应为 18 位",
            "ID_NUMBER,  110105491231002,            ID_NUMBER_INVALID,        15 位旧身份证号",
            "ID_NUMBER,  110105199002300020,         ID_NUMBER_INVALID,        出生日期（第 7–14 位）不是有效日期",
            "PHONE,      1381234567,                 PHONE_INVALID,            应为 11 位数字",
            "PHONE,      23812345678,                PHONE_INVALID,            以 1 开头",
            "PHONE,      0871-65123456,              PHONE_INVALID,            手机号「0871-65123456」",
            "EMAIL,      zhang@,                     EMAIL_INVALID,            电子邮箱「zhang@」格式不正确",
            "EMAIL,      zhang@km,                   EMAIL_INVALID,            格式不正确",
            "EMAIL,      'a@km.gov.cn; b@km.gov.cn', EMAIL_INVALID,            应为一个地址",
            "REGION,     '',                         REGION_MISSING,           所属地区不能为空",
            "REGION,     火星市,                      REGION_UNKNOWN,           未找到地区「火星市」",
            "REGION,     530199,                     REGION_UNKNOWN,           六位行政区划代码",
            "REGION,     云南省/曲靖市/麒麟区,           REGION_OUT_OF_SCOPE,      不在您管理的范围（云南省 / 昆明市）内",
            "REGION,     云南省,                      REGION_OUT_OF_SCOPE,      只能导入本地区及下级地区",
            "REGION,     鼓楼区,                      REGION_OUT_OF_SCOPE,      不在您管理的范围",
            "DEPARTMENT, '',                         DEPARTMENT_MISSING,       单位/部门不能为空",
            "DEPARTMENT, 财政局//办公室,                DEPARTMENT_PATH_INVALID,  每级名称不能为空",
            "DEPARTMENT, 一/二/三/四/五/六,             DEPARTMENT_PATH_INVALID,  最多 5 级",
            "RANK,       处长,                        RANK_UNKNOWN,             未知职级「处长」",
            "ROLE,       领导,                        ROLE_UNKNOWN,             可填：学员、课程管理员、区域管理员",
            "ROLE,       系统管理员,                   ROLE_NOT_ALLOWED,         不能通过花名册设置「系统管理员」"})
    void eachProblemIsReportedInItsCell(RosterColumn column, String value, RowProblem code, String words) {
        String[] cells = valid(1);
        cells[column.ordinal()] = value;
        ImportPlan plan = kunming.validate(List.of(row(2, valid(2)), row(3, cells)));

        assertThat(plan.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.message()).contains(words);
            assertThat(e.describe()).startsWith("第 3 行「" + column.title() + "」：");
        });
        assertThat(plan.validEntries()).extracting(RosterEntry::row).containsExactly(2);
    }

    @Test
    void overlongNamesAndDepartmentNames() {
        String[] longName = valid(1);
        longName[0] = "名".repeat(51);
        String[] longUnit = valid(2);
        longUnit[6] = "五华区财政局/" + "科".repeat(51);
        ImportPlan plan = kunming.validate(List.of(row(2, longName), row(3, longUnit)));

        assertThat(plan.errors()).extracting(RowError::code)
                .containsExactly(RowProblem.NAME_TOO_LONG, RowProblem.DEPARTMENT_NAME_TOO_LONG);
        assertThat(plan.errors().get(1).message()).contains("超过 50 个字（共 51 个字）");
    }

    @Test
    void anIdNumberStoredAsANumberIsRefusedEvenIfItsDigitsCheck() {
        String[] cells = valid(1);
        long idColumnBit = 1L << RosterColumn.ID_NUMBER.ordinal();
        ImportPlan plan = kunming.validate(List.of(new RosterRow(2, HEADER, cells, idColumnBit)));

        assertThat(plan.errors()).singleElement().extracting(RowError::code).isEqualTo(RowProblem.ID_NUMBER_NOT_TEXT);
        assertThat(plan.errors().getFirst().message()).contains("“文本”格式");
    }

    @Test
    void aNameAmbiguousInsideTheImportersScopeNeedsItsParent() {
        RosterValidator jiangsu = new RosterValidator(RegionResolverTest.CHINA, "320000", HASHER);
        String[] cells = valid(1);
        cells[5] = "鼓楼区";
        ImportPlan plan = jiangsu.validate(List.of(row(2, cells)));
        assertThat(plan.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(RowProblem.REGION_AMBIGUOUS);
            assertThat(e.message()).contains("江苏省 / 南京市 / 鼓楼区").contains("江苏省 / 徐州市 / 鼓楼区")
                    .doesNotContain("福建省");
        });
        cells[5] = "南京市鼓楼区";
        assertThat(jiangsu.validate(List.of(row(2, cells))).errors()).isEmpty();
    }

    @Test
    void everyRowOfADuplicateIsMarked() {
        String[] first = valid(1);
        String[] sameUsername = valid(2);
        sameUsername[1] = "ZHANG1";
        String[] sameId = valid(3);
        sameId[2] = first[2];
        ImportPlan plan = kunming.validate(List.of(row(2, first), row(3, valid(4)), row(4, sameUsername),
                row(5, sameId)));

        assertThat(plan.errors()).extracting(RowError::row, RowError::code).containsExactly(
                tuple(2, RowProblem.USERNAME_DUPLICATE),
                tuple(2, RowProblem.ID_NUMBER_DUPLICATE),
                tuple(4, RowProblem.USERNAME_DUPLICATE),
                tuple(5, RowProblem.ID_NUMBER_DUPLICATE));
        assertThat(plan.errors().getFirst().message()).isEqualTo("用户名 zhang1 在本文件中出现 2 次（第 2、4 行），每人只能有一行");
        assertThat(plan.errors().get(1).message()).isEqualTo("该身份证号在本文件中出现 2 次（第 2、5 行），每人只能有一行");
        assertThat(plan.validEntries()).extracting(RosterEntry::row).containsExactly(3);
    }

    @Test
    void allProblemsOfARowAreReportedInColumnOrder() {
        String[] cells = valid(1);
        cells[0] = "";
        cells[3] = "123";
        cells[5] = "火星";
        cells[7] = "处长";
        ImportPlan plan = kunming.validate(List.of(row(2, cells)));
        assertThat(plan.errors()).extracting(RowError::column).containsExactly(RosterColumn.NAME, RosterColumn.PHONE,
                RosterColumn.REGION, RosterColumn.RANK);
        assertThat(plan.rowsWithErrors()).isEqualTo(1);
        assertThat(plan.errorsByRow()).containsOnlyKeys(2);
    }

    @Test
    void allOrNothingByDefaultRowsOnlyWhenAskedFor() {
        String[] bad = valid(2);
        bad[3] = "12345";
        ImportPlan plan = kunming.validate(List.of(row(2, valid(1)), row(3, bad), row(4, valid(3))));

        assertThat(plan.hasErrors()).isTrue();
        assertThatThrownBy(plan::entriesToWrite).isInstanceOf(RosterRejectedException.class)
                .hasMessage("花名册中有 1 行共 1 处错误，本次未导入任何数据。请下载错误报告，修改后重新导入。");
        assertThatThrownBy(() -> plan.departmentsToWrite(ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(RosterRejectedException.class);
        assertThat(plan.summary()).contains("共 3 行，其中 1 行有错误（共 1 处），本次不导入任何数据");
        assertThat(plan.entriesToWrite(ImportMode.VALID_ROWS_ONLY)).extracting(RosterEntry::row).containsExactly(2, 4);
    }

    @Test
    void departmentsAreSharedAndListedParentsFirst() {
        String[] other = valid(3);
        other[6] = "五华区财政局/预算科";
        String[] elsewhere = valid(4);
        elsewhere[5] = "昆明市/盘龙区";
        ImportPlan plan = kunming.validate(List.of(row(2, valid(1)), row(3, valid(2)), row(4, other),
                row(5, elsewhere)));

        List<Department> departments = plan.departmentsToWrite(ImportMode.ALL_OR_NOTHING);
        assertThat(departments).extracting(Department::toString).containsExactly("530102:五华区财政局",
                "530102:五华区财政局/办公室", "530102:五华区财政局/预算科", "530103:五华区财政局", "530103:五华区财政局/办公室");
        assertThat(plan.validEntries().get(0).department()).isSameAs(plan.validEntries().get(1).department());
    }

    @Test
    void optionalColumnsMayBeAbsent() {
        RosterHeader minimal = RosterHeader.of(1, List.of("姓名", "用户名", "所属地区", "单位"));
        ImportPlan plan = kunming.validate(List.of(RosterRow.of(minimal, 2, "李四", "li4", "五华区", "五华区财政局")));

        RosterEntry entry = plan.entriesToWrite().getFirst();
        assertThat(entry.idNumber()).isNull();
        assertThat(entry.phone()).isNull();
        assertThat(entry.email()).isNull();
        assertThat(entry.rank()).isNull();
        assertThat(entry.role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void rolesByChineseName() {
        List<RosterRow> rows = new ArrayList<>();
        String[] roles = {"学员", "课程管理员", "区域管理员", "地区管理员"};
        for (int i = 0; i < roles.length; i++) {
            String[] cells = valid(i);
            cells[8] = roles[i];
            rows.add(row(i + 2, cells));
        }
        assertThat(kunming.validate(rows).entriesToWrite()).extracting(RosterEntry::role)
                .containsExactly(Role.LEARNER, Role.COURSE_ADMIN, Role.REGION_ADMIN, Role.REGION_ADMIN);
    }

    @Test
    void theImportersRegionMustExistAndARunEndsOnce() {
        assertThatThrownBy(() -> new RosterValidator(RegionResolverTest.CHINA, "539999", HASHER))
                .isInstanceOf(IllegalArgumentException.class);
        RosterValidator.Run run = kunming.start();
        run.accept(row(2, valid(1)));
        assertThat(run.finish().validEntries()).hasSize(1);
        assertThatThrownBy(() -> run.accept(row(3, valid(2)))).isInstanceOf(IllegalStateException.class);
    }
}
