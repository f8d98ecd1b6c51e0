package cn.gov.egov.portal.people;

import static cn.gov.egov.portal.people.TestWorkbooks.HEADER;
import static cn.gov.egov.portal.people.TestWorkbooks.person;
import static cn.gov.egov.portal.people.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error report read back: original cells, highlighted problems, 错误说明, summary, and a fix re-imported. */
class ErrorReportWorkbookTest {

    @TempDir
    Path dir;

    private final RosterReader reader = new RosterReader();
    private final RosterValidator kunming =
            new RosterValidator(RegionResolverTest.CHINA, "530100", RosterValidatorTest.HASHER);

    @Test
    void theReportCopiesTheRosterAndMarksEveryProblemCell() throws IOException {
        List<Object> badPhoneAndRank = new ArrayList<>(person(2));
        badPhoneAndRank.set(3, "12345");
        badPhoneAndRank.set(7, "处长");
        List<Object> noName = new ArrayList<>(person(3));
        noName.set(0, "");
        List<Object> withRemark = new ArrayList<>(HEADER);
        withRemark.add("备注");
        List<Object> remarkRow = new ArrayList<>(person(4));
        remarkRow.add("借调");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("五华区花名册"));
        rows.add(withRemark);
        rows.add(person(1));
        rows.add(badPhoneAndRank);
        rows.add(noName);
        rows.add(remarkRow);
        Roster roster = reader.readAll(xlsx(dir, rows));
        ImportPlan plan = kunming.validate(roster.rows());
        assertThat(plan.errors()).hasSize(3);

        Path report = write(roster, plan);

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(report))) {
            Sheet sheet = book.getSheet(ErrorReportWorkbook.SHEET);
            assertThat(book.getSheetIndex(sheet)).isZero();
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("备注");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("错误说明");

            Row ok = sheet.getRow(2);
            assertThat(ok.getCell(1).getStringCellValue()).isEqualTo("zhang1");
            assertThat(ok.getCell(10)).isNull();
            assertThat(flagged(ok.getCell(3))).isFalse();

            Row bad = sheet.getRow(3);
            assertThat(bad.getCell(3).getStringCellValue()).isEqualTo("12345");
            assertThat(flagged(bad.getCell(3))).isTrue();
            assertThat(flagged(bad.getCell(7))).isTrue();
            assertThat(flagged(bad.getCell(0))).isFalse();
            assertThat(bad.getCell(10).getStringCellValue())
                    .isEqualTo("「手机号」手机号「12345」不正确：应为 11 位数字，以 1 开头；"
                            + "「职级」未知职级「处长」，请从下拉列表选择，如 一级科员、四级主任科员、二级调研员、县处级正职");

            Row missing = sheet.getRow(4);
            assertThat(flagged(missing.getCell(0))).as("a blank problem cell is marked too").isTrue();
            assertThat(missing.getCell(10).getStringCellValue()).startsWith("「姓名」姓名不能为空");

            assertThat(sheet.getRow(5).getCell(9).getStringCellValue()).isEqualTo("借调");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).as("ID numbers stay text")
                    .isEqualTo(person(1).get(2));

            Sheet summary = book.getSheet(ErrorReportWorkbook.SUMMARY_SHEET);
            assertThat(summary.getLastRowNum()).isEqualTo(3);
            assertThat(summary.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("手机号");
            assertThat(summary.getRow(1).getCell(2).getStringCellValue()).isEqualTo("PHONE_INVALID");
            assertThat(summary.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(5);
        }
    }

    @Test
    void aCorrectedReportImportsAgainWithTheSameRowNumbers() throws IOException {
        List<Object> bad = new ArrayList<>(person(2));
        bad.set(3, "12345");
        Roster roster = reader.readAll(xlsx(dir, HEADER, person(1), bad));
        Path report = write(roster, kunming.validate(roster.rows()));

        Roster again = reader.readAll(report);
        ImportPlan still = kunming.validate(again.rows());
        assertThat(still.errors()).extracting(RowError::row, RowError::code)
                .containsExactly(tuple(3, RowProblem.PHONE_INVALID));

        Path fixed = dir.resolve("fixed.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(report));
             OutputStream out = Files.newOutputStream(fixed)) {
            book.getSheetAt(0).getRow(2).getCell(3).setCellValue("13912345678");
            book.getSheetAt(0).getRow(2).removeCell(book.getSheetAt(0).getRow(2).getCell(9));
            book.write(out);
        }
        ImportPlan fixedPlan = kunming.validate(reader.readAll(fixed).rows());
        assertThat(fixedPlan.errors()).isEmpty();
        assertThat(fixedPlan.entriesToWrite()).hasSize(2);
    }

    private Path write(Roster roster, ImportPlan plan) throws IOException {
        Path report = dir.resolve("report-" + System.nanoTime() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(report)) {
            ErrorReportWorkbook.write(roster, plan.errors(), out);
        }
        return report;
    }

    private static boolean flagged(Cell cell) {
        return cell != null && cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND;
    }
}
