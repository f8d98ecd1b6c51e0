package cn.gov.egov.portal.people;

import static cn.gov.egov.portal.people.TestWorkbooks.HEADER;
import static cn.gov.egov.portal.people.TestWorkbooks.person;
import static cn.gov.egov.portal.people.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.egov.portal.people.RosterFileException.Reason;

/** Files refused as a whole, each with a clear Chinese reason. */
class RosterRefusalTest {

    @TempDir
    Path dir;

    private final RosterReader reader = new RosterReader();

    @Test
    void missingRequiredColumnsAreListed() throws IOException {
        Path file = xlsx(dir, List.of("姓名", "工号", "手机号"), List.of("张三", "zhang3", "13812345678"));

        RosterFileException e = refusal(file, Reason.MISSING_COLUMNS);
        assertThat(e.missingColumns()).containsExactly(RosterColumn.REGION, RosterColumn.DEPARTMENT);
        assertThat(e.getMessage()).startsWith("第 1 行表头缺少必填列：「所属地区」「单位/部门」")
                .contains("列的顺序不限").contains("导入模板");
    }

    @Test
    void aSheetWithoutAnyHeaderNamesAllRequiredColumns() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(List.of("张三" + i, "zhang" + i));
        }
        RosterFileException e = refusal(xlsx(dir, rows), Reason.MISSING_COLUMNS);
        assertThat(e.missingColumns()).isEqualTo(RosterColumn.requiredColumns());
        assertThat(e.getMessage()).startsWith("在前 10 行中未找到表头");
    }

    @Test
    void aColumnNamedTwiceIsRefused() throws IOException {
        Path file = xlsx(dir, List.of("姓名", "工号", "用户名", "所属地区", "单位"), List.of("张三", "1", "z", "530102", "局"));
        assertThat(refusal(file, Reason.DUPLICATE_COLUMN).getMessage())
                .contains("「工号」和「用户名」都表示“工号/用户名”");
    }

    @Test
    void aHeaderWithoutDataIsRefused() throws IOException {
        assertThat(refusal(xlsx(dir, HEADER), Reason.NO_DATA).getMessage()).contains("从第 2 行起");
    }

    @Test
    void csvTextIsNotAnXlsx() throws IOException {
        Path csv = TestWorkbooks.bytes(dir, ".xlsx", "姓名,工号\n张三,zhang3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(csv, Reason.NOT_XLSX).getMessage()).contains("不是 Excel .xlsx 文件");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        refusal(TestWorkbooks.bytes(dir, ".xlsx", new byte[0]), Reason.EMPTY_FILE);
    }

    @Test
    void legacyXlsIsRefusedWithAdvice() throws IOException {
        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("花名册").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
        }
        assertThat(refusal(xls, Reason.LEGACY_OR_ENCRYPTED).getMessage()).contains("另存为").contains(".xlsx");
    }

    @Test
    void aTruncatedXlsxIsRefusedAsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(xlsx(dir, HEADER, person(1), person(2)));
        Path truncated = TestWorkbooks.bytes(dir, ".xlsx", Arrays.copyOf(whole, whole.length / 2));
        assertThat(refusal(truncated, Reason.CORRUPT).getMessage()).contains("已损坏");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefusedAsDamaged() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        refusal(TestWorkbooks.bytes(dir, ".xlsx", bytes.toByteArray()), Reason.CORRUPT);
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx(dir, HEADER, person(1))));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // 64 MB of whitespace after the root start tag: deflates about 1000 to 1
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    content = (xml.substring(0, at) + " ".repeat(64 << 20) + xml.substring(at))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThat(refusal(bomb, Reason.ZIP_BOMB).getMessage()).contains("压缩炸弹");
    }

    @Test
    void fileSizeIsLimitedForPathsAndStreams() throws IOException {
        Path file = xlsx(dir, HEADER, person(1));
        RosterReader strict = new RosterReader(RosterLimits.DEFAULT.withMaxFileBytes(1024));
        assertThatThrownBy(() -> strict.readAll(file)).isInstanceOf(RosterFileException.class)
                .hasMessageContaining("超过 0 MB").satisfies(e -> assertThat(((RosterFileException) e).reason())
                        .isEqualTo(Reason.TOO_LARGE));
        try (InputStream in = Files.newInputStream(file)) {
            assertThatThrownBy(() -> strict.readAll(in)).isInstanceOf(RosterFileException.class)
                    .hasMessageContaining("拆分");
        }
    }

    @Test
    void rowCountIsLimited() throws IOException {
        Path file = xlsx(dir, HEADER, person(1), person(2), person(3), person(4));
        RosterReader strict = new RosterReader(RosterLimits.DEFAULT.withMaxRows(3));
        RosterFileException e = catchThrowableOfType(RosterFileException.class, () -> strict.readAll(file));
        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
        assertThat(e.getMessage()).contains("超过 3 行");
        assertThat(new RosterReader(RosterLimits.DEFAULT.withMaxRows(4)).readAll(file).rows()).hasSize(4);
    }

    @Test
    void contentFarToTheRightIsRefused() throws IOException {
        List<Object> wide = new ArrayList<>(person(1));
        while (wide.size() < 70) {
            wide.add(null);
        }
        wide.add("x");
        assertThat(refusal(xlsx(dir, HEADER, wide), Reason.TOO_MANY_COLUMNS).getMessage())
                .contains("第 2 行超过 64 列");
    }

    private RosterFileException refusal(Path file, Reason reason) {
        RosterFileException e = catchThrowableOfType(RosterFileException.class, () -> reader.readAll(file));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.code()).isEqualTo(reason.name().toLowerCase().replace('_', '-'));
        return e;
    }
}
