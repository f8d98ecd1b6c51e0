package cn.gov.egov.portal.learning.exam.imports;

/**
 * Something an import skipped or changed, and where.
 *
 * @param line    the line in the file where the item starts (1-based)
 * @param code    stable reason code, e.g. {@code unsupported-type}
 * @param message Chinese reason for the administrator
 * @param excerpt the item's name or the start of its text, to find it in the file
 */
public record ImportIssue(int line, String code, String message, String excerpt) {

    /** 第 12 行「题目名」：不支持的题型「问答题（essay）」 */
    public String describe() {
        return "第 " + line + " 行" + (excerpt == null || excerpt.isEmpty() ? "" : "「" + excerpt + "」") + "：" + message;
    }
}
