package cn.gov.egov.portal.people;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster template to download: sheet 花名册 with the header (required columns marked *), one example row and
 * every column formatted as text (so Excel keeps ID numbers and leading zeros), drop-down lists for 职级 and 角色
 * (kept on the hidden sheet 选项), and sheet 填写说明 with the rules.
 */
public final class RosterTemplate {

    public static final String FILE_NAME = "花名册导入模板.xlsx";
    public static final String SHEET = "花名册";
    public static final String HELP_SHEET = "填写说明";
    public static final String LISTS_SHEET = "选项";
    /** The example row's 17 first ID digits; the 18th is computed. */
    static final String EXAMPLE_ID = IdNumbers.withCheckDigit("53010219900307123");

    private static final Map<RosterColumn, String> EXAMPLE = new EnumMap<>(Map.of(
            RosterColumn.NAME, "张三", RosterColumn.USERNAME, "zhangsan", RosterColumn.ID_NUMBER, EXAMPLE_ID,
            RosterColumn.PHONE, "13812345678", RosterColumn.EMAIL, "zhangsan@km.gov.cn",
            RosterColumn.REGION, "云南省/昆明市/五华区", RosterColumn.DEPARTMENT, "五华区财政局/办公室",
            RosterColumn.RANK, "一级科员", RosterColumn.ROLE, "学员"));

    private static final Map<RosterColumn, String> RULES = new EnumMap<>(Map.of(
            RosterColumn.NAME, "不超过 50 个字",
            RosterColumn.USERNAME, "登录用的工号或用户名：2–64 位小写字母、数字或 . _ -，以字母或数字开头；文件内不能重复",
            RosterColumn.ID_NUMBER, "18 位，最后一位可为 X；系统只保存打码后的号码和不可逆的加密摘要",
            RosterColumn.PHONE, "11 位手机号",
            RosterColumn.EMAIL, "一个邮箱地址，会议通知会发到这里",
            RosterColumn.REGION, "六位行政区划代码（如 530102）或地区名称（如 云南省/昆明市/五华区），须在您管理的地区内",
            RosterColumn.DEPARTMENT, "单位名称，下设部门用“/”分隔，如 五华区财政局/办公室；最多 5 级，每级不超过 50 个字",
            RosterColumn.RANK, "从下拉列表选择；担任领导职务的填领导职务层次（如 县处级正职），否则填职级",
            RosterColumn.ROLE, "学员、课程管理员或区域管理员；不填即为学员"));

    private RosterTemplate() {
    }

    public static void write(OutputStream out) throws IOException {
        write(out, RosterLimits.DEFAULT);
    }

    /** Writes the template; {@code limits} decide how far the drop-downs reach and what the notes say. */
    public static void write(OutputStream out, RosterLimits limits) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet roster = workbook.createSheet(SHEET);
            Sheet help = workbook.createSheet(HELP_SHEET);
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            writeLists(lists);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            writeRoster(workbook, roster, limits);
            writeHelp(workbook, help, limits);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private static void writeRoster(XSSFWorkbook workbook, Sheet sheet, RosterLimits limits) {
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle title = workbook.createCellStyle();
        title.cloneStyleFrom(text);
        Font bold = workbook.createFont();
        bold.setBold(true);
        title.setFont(bold);
        Row header = sheet.createRow(0);
        Row example = sheet.createRow(1);
        for (RosterColumn column : RosterColumn.values()) {
            int i = column.ordinal();
            sheet.setDefaultColumnStyle(i, text);
            sheet.setColumnWidth(i, (column == RosterColumn.REGION || column == RosterColumn.DEPARTMENT ? 26 : 16)
                    * 256);
            cell(header, i, (column.required() ? "*" : "") + column.title(), title);
            cell(example, i, EXAMPLE.get(column), text);
        }
        sheet.createFreezePane(0, 1);
        int lastRow = limits.maxRows();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        listValidation(sheet, helper, RosterColumn.RANK, "A", Rank.labels().size(), lastRow, "职级");
        listValidation(sheet, helper, RosterColumn.ROLE, "B", RosterRoles.labels().size(), lastRow, "角色");
    }

    private static void listValidation(Sheet sheet, DataValidationHelper helper, RosterColumn column, String listColumn,
                                       int size, int lastRow, String what) {
        String range = "'" + LISTS_SHEET + "'!$" + listColumn + "$1:$" + listColumn + "$" + size;
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("无效的" + what, "请从下拉列表中选择" + what);
        validation.setShowPromptBox(true);
        validation.createPromptBox(what, "请从下拉列表中选择" + what);
        sheet.addValidationData(validation);
    }

    private static void writeLists(Sheet lists) {
        List<String> ranks = Rank.labels();
        List<String> roles = RosterRoles.labels();
        for (int r = 0; r < Math.max(ranks.size(), roles.size()); r++) {
            Row row = lists.createRow(r);
            if (r < ranks.size()) {
                row.createCell(0).setCellValue(ranks.get(r));
            }
            if (r < roles.size()) {
                row.createCell(1).setCellValue(roles.get(r));
            }
        }
    }

    private static void writeHelp(XSSFWorkbook workbook, Sheet help, RosterLimits limits) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle red = workbook.createCellStyle();
        Font redFont = workbook.createFont();
        redFont.setColor(IndexedColors.DARK_RED.getIndex());
        red.setFont(redFont);
        String[] notes = {
                "一人一行，从“" + SHEET + "”表第 2 行起填写；第 2 行是示例，导入前请删除。",
                "表头须包含带 * 的列；列的顺序可以调整，不需要的可选列可以删除。",
                "全部行校验通过才会导入；只要有一处错误，本次不导入任何数据，并可下载标出错误的报告，改正后重新导入。",
                "每个文件最多 " + limits.maxRows() + " 行、" + limits.maxFileBytes() / (1024 * 1024)
                        + " MB；请保存为 .xlsx（不支持 .xls、.csv，不要设置打开密码）。",
                "身份证号、手机号、工号请保持“文本”格式，否则 Excel 会把长数字改成科学计数法并丢失末位。"};
        int r = 0;
        for (String note : notes) {
            cell(help.createRow(r++), 0, note, red);
        }
        r++;
        Row titles = help.createRow(r++);
        cell(titles, 0, "列", bold);
        cell(titles, 1, "是否必填", bold);
        cell(titles, 2, "填写要求", bold);
        for (RosterColumn column : RosterColumn.values()) {
            Row row = help.createRow(r++);
            row.createCell(0).setCellValue(column.title());
            row.createCell(1).setCellValue(column.required() ? "必填" : "选填");
            row.createCell(2).setCellValue(RULES.get(column));
        }
        help.setColumnWidth(0, 16 * 256);
        help.setColumnWidth(1, 10 * 256);
        help.setColumnWidth(2, 90 * 256);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
