package cn.gov.egov.portal.people;

/**
 * Asked for the rows to write although the plan has errors: an all-or-nothing import writes nothing then.
 */
public final class RosterRejectedException extends PeopleException {

    private static final long serialVersionUID = 1L;

    private final int errorCount;
    private final int rowsWithErrors;

    RosterRejectedException(int errorCount, int rowsWithErrors) {
        super("roster-rejected", "花名册中有 " + rowsWithErrors + " 行共 " + errorCount
                + " 处错误，本次未导入任何数据。请下载错误报告，修改后重新导入。");
        this.errorCount = errorCount;
        this.rowsWithErrors = rowsWithErrors;
    }

    public int errorCount() {
        return errorCount;
    }

    public int rowsWithErrors() {
        return rowsWithErrors;
    }
}
