package cn.gov.egov.portal.people.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 初始密码.xlsx: username, name and initial password of each account an import created, for the administrator to
 * hand out. Built on demand from memory and streamed; never stored, mailed or logged.
 */
public final class CredentialWorkbook {

    public static final String FILE_NAME = "初始密码.xlsx";

    private CredentialWorkbook() {
    }

    public static void write(List<ImportOutcome.Credential> credentials, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("初始密码");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("工号/用户名");
            header.createCell(1).setCellValue("姓名");
            header.createCell(2).setCellValue("初始密码（首次登录后须修改）");
            int r = 1;
            for (ImportOutcome.Credential c : credentials) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.username());
                row.createCell(1).setCellValue(c.displayName());
                row.createCell(2).setCellValue(c.password());
            }
            workbook.write(out);
            workbook.close();
        }
    }
}
