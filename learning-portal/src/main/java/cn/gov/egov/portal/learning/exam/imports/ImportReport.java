package cn.gov.egov.portal.learning.exam.imports;

import cn.gov.egov.portal.learning.exam.bank.Question;

import java.util.List;

/**
 * The outcome of importing one file: the questions taken (ready for {@code QuestionBank.with}), the items skipped
 * with the reason, and warnings about imported questions that were changed on the way (HTML images removed, partial
 * credit weights dropped…).
 */
public record ImportReport(List<Question> imported, List<ImportIssue> skipped, List<ImportIssue> warnings) {

    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** 导入 12 道试题，跳过 3 项，提示 2 条 */
    public String summary() {
        return "导入 " + imported.size() + " 道试题，跳过 " + skipped.size() + " 项，提示 " + warnings.size() + " 条";
    }
}
