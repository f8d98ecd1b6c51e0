package cn.gov.egov.portal.learning.exam.imports;

import cn.gov.egov.portal.learning.exam.ExamException;

/**
 * A file that cannot be imported at all (broken XML, a DOCTYPE, too large, not UTF-8…). Nothing from it is imported.
 * {@link #line()} and {@link #column()} are 1-based; 0 when they do not apply.
 */
public class ImportException extends ExamException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public ImportException(String code, String message, int line, int column) {
        super(code, message);
        this.line = line;
        this.column = column;
    }

    public ImportException(String code, String message) {
        this(code, message, 0, 0);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
