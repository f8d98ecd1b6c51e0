package cn.gov.egov.conference.attendance;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reading back rows of a downloaded workbook. */
final class Sheets {

    private Sheets() {
    }

    /** The first row below the header whose first cell starts with {@code namePrefix}. */
    static Row rowOf(Sheet sheet, String namePrefix) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith(namePrefix)) {
                return row;
            }
        }
        throw new AssertionError("no row " + namePrefix + " in sheet " + sheet.getSheetName());
    }

    /** Every cell of the row as Excel would show it; blank cells as "". */
    static List<String> texts(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            out.add(row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i)));
        }
        return out;
    }
}
