package cn.gov.egov.portal.people;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small handmade workbooks for the tests: strings, numbers, dates and blanks exactly where asked. */
final class TestWorkbooks {

    /** The template's header in template order. */
    static final List<Object> HEADER = Arrays.stream(RosterColumn.values()).<Object>map(RosterColumn::title).toList();

    private TestWorkbooks() {
    }

    /** A valid row in the template's order; {@code n} makes username, ID number and phone unique. */
    static List<Object> person(int n) {
        return List.of("张三" + n, "zhang" + n, IdNumbers.withCheckDigit(String.format("53010219900101%03d", n % 1000)),
                String.format("138%08d", n), "zhang" + n + "@km.gov.cn", "云南省/昆明市/五华区", "五华区财政局/办公室",
                "一级科员", "学员");
    }

    /** One sheet; rows top-down; in a row: String, Number, LocalDate, or null for no cell. */
    @SafeVarargs
    static Path xlsx(Path dir, List<Object>... rows) throws IOException {
        return xlsx(dir, Arrays.asList(rows));
    }

    static Path xlsx(Path dir, List<List<Object>> rows) throws IOException {
        Path file = Files.createTempFile(dir, "roster-", ".xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("花名册");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = rows.get(r);
                if (values == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (v) {
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        }
                        default -> cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    static Path bytes(Path dir, String suffix, byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "upload-", suffix);
        Files.write(file, content);
        return file;
    }
}
