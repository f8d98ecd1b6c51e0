package cn.gov.egov.portal.people;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.xml.sax.SAXException;

import cn.gov.egov.portal.people.RosterFileException.Reason;

/**
 * Turns sheet rows into a header and {@link RosterRow}s: the first row within the search window that names every
 * required column is the header (rows above it are titles and ignored); later rows are data, counted against the
 * row limit.
 */
final class RowAssembler implements SheetHandler.RowSink {

    private final RosterLimits limits;
    private final Consumer<RosterRow> out;
    private RosterHeader header;
    private RosterHeader best;
    private int dataRows;

    RowAssembler(RosterLimits limits, Consumer<RosterRow> out) {
        this.limits = limits;
        this.out = out;
    }

    @Override
    public void row(int rowIndex, String[] cells, long numericCells) throws SAXException {
        if (header != null) {
            if (++dataRows > limits.maxRows()) {
                throw new SAXException(new RosterFileException(Reason.TOO_MANY_ROWS, "花名册超过 "
                        + limits.maxRows() + " 行，请拆分为多个文件分批导入"));
            }
            RosterRow row = new RosterRow(rowIndex + 1, header, cells, numericCells);
            try {
                out.accept(row);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
            return;
        }
        if (rowIndex >= limits.headerSearchRows()) {
            throw new SAXException(missingColumns());
        }
        RosterHeader candidate = RosterHeader.of(rowIndex + 1,
                Arrays.stream(cells).map(c -> Objects.requireNonNullElse(c, "")).toList());
        if (candidate.missingRequired().isEmpty()) {
            if (!candidate.duplicates().isEmpty()) {
                throw new SAXException(new RosterFileException(Reason.DUPLICATE_COLUMN, "第 " + (rowIndex + 1)
                        + " 行表头中" + String.join("；", candidate.duplicates()) + "，请只保留一列"));
            }
            header = candidate;
        } else if (candidate.recognised() > 0 && (best == null || candidate.recognised() > best.recognised())) {
            best = candidate;
        }
    }

    /** The row consumer failed: not a problem of the file, so the reader rethrows the cause as it is. */
    static final class SinkFailure extends SAXException {

        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** The header once the sheet is read; refuses a sheet without header or without data. */
    RosterHeader finish() {
        if (header == null) {
            throw missingColumns();
        }
        if (dataRows == 0) {
            throw new RosterFileException(Reason.NO_DATA, "表头下面没有人员数据，请从第 " + (header.rowNumber() + 1)
                    + " 行起每行填写一人");
        }
        return header;
    }

    private RosterFileException missingColumns() {
        List<RosterColumn> missing = best == null ? RosterColumn.requiredColumns() : best.missingRequired();
        String where = best == null ? "在前 " + limits.headerSearchRows() + " 行中未找到表头"
                : "第 " + best.rowNumber() + " 行表头";
        String optional = Arrays.stream(RosterColumn.values()).filter(c -> !c.required()).map(RosterColumn::title)
                .collect(Collectors.joining("、"));
        return new RosterFileException(Reason.MISSING_COLUMNS, where + "缺少必填列：" + titles(missing)
                + "。表头须包含 " + titles(RosterColumn.requiredColumns()) + "（可选列：" + optional
                + "），列的顺序不限。建议下载导入模板填写", missing, null);
    }

    private static String titles(List<RosterColumn> columns) {
        return columns.stream().map(c -> "「" + c.title() + "」").collect(Collectors.joining(""));
    }
}
