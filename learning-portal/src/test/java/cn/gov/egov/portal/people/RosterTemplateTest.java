package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template reads back as a valid roster and offers the rank and role lists. */
class RosterTemplateTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateIsAValidRosterWithItsExampleRow() throws IOException {
        Roster roster = new RosterReader().readAll(template());

        assertThat(roster.header().titles()).containsExactly("*姓名", "*工号/用户名", "身份证号", "手机号", "电子邮箱",
                "*所属地区", "*单位/部门", "职级", "角色");
        assertThat(roster.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("张三");
            assertThat(row.idNumber()).isEqualTo(RosterTemplate.EXAMPLE_ID);
        });
        ImportPlan plan = new RosterValidator(RegionResolverTest.CHINA, "530000", RosterValidatorTest.HASHER)
                .validate(roster.rows());
        assertThat(plan.errors()).isEmpty();
    }

    @Test
    void rankAndRoleCellsOfferTheirListsAndAllColumnsAreText() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template()))) {
            XSSFSheet roster = book.getSheet(RosterTemplate.SHEET);
            assertThat(book.getSheetIndex(roster)).isZero();
            assertThat(book.isSheetHidden(book.getSheetIndex(RosterTemplate.LISTS_SHEET))).isTrue();
            Sheet lists = book.getSheet(RosterTemplate.LISTS_SHEET);

            assertThat(listFor(roster, lists, RosterColumn.RANK)).isEqualTo(Rank.labels());
            assertThat(listFor(roster, lists, RosterColumn.ROLE)).containsExactly("学员", "课程管理员", "区域管理员");
            assertThat(roster.getDataValidations()).hasSize(2);
            for (RosterColumn column : RosterColumn.values()) {
                assertThat(roster.getColumnStyle(column.ordinal()).getDataFormatString()).isEqualTo("@");
            }
            Sheet help = book.getSheet(RosterTemplate.HELP_SHEET);
            assertThat(help.getRow(2).getCell(0).getStringCellValue()).contains("不导入任何数据");
        }
    }

    private static List<String> listFor(XSSFSheet roster, Sheet lists, RosterColumn column) {
        XSSFDataValidation validation = roster.getDataValidations().stream()
                .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch(r -> r.getFirstColumn() == column.ordinal() && r.getLastColumn() == column.ordinal()
                                && r.getFirstRow() == 1 && r.getLastRow() == RosterLimits.DEFAULT.maxRows()))
                .findFirst().orElseThrow();
        String formula = validation.getValidationConstraint().getFormula1();
        assertThat(formula).startsWith("'" + RosterTemplate.LISTS_SHEET + "'!$");
        CellRangeAddress range = CellRangeAddress.valueOf(formula.substring(formula.indexOf('!') + 1));
        List<String> values = new ArrayList<>();
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            Row row = lists.getRow(r);
            values.add(row.getCell(range.getFirstColumn()).getStringCellValue());
        }
        return values;
    }

    private Path template() throws IOException {
        Path file = dir.resolve(RosterTemplate.FILE_NAME);
        try (OutputStream out = Files.newOutputStream(file)) {
            RosterTemplate.write(out);
        }
        return file;
    }
}
