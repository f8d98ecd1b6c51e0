package cn.gov.egov.portal.learning.exam.imports;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Gathers one import's questions, skipped items and warnings; counts items against the limit. */
final class ImportCollector {

    private final ImportLimits limits;
    private final List<Question> imported = new ArrayList<>();
    private final List<ImportIssue> skipped = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();
    private final List<ImportIssue> pending = new ArrayList<>();

    ImportCollector(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * Makes one question: on success it is imported with the warnings raised meanwhile; an {@link ExamException}
     * (thrown by the importer or by the question's own checks) skips it with that code and message.
     */
    void item(int line, String excerpt, Supplier<Question> make) {
        limits.checkCount(imported.size() + skipped.size() + 1);
        pending.clear();
        try {
            Question q = make.get();
            imported.add(q);
            warnings.addAll(pending);
        } catch (ImportException e) {
            throw e;
        } catch (ExamException e) {
            skipped.add(new ImportIssue(line, e.code(), e.getMessage(), SafeText.excerpt(excerpt, 40)));
        }
    }

    /** A warning about the item being made (kept only if it is imported). */
    void warn(int line, String code, String message, String excerpt) {
        pending.add(new ImportIssue(line, code, message, SafeText.excerpt(excerpt, 40)));
    }

    void skip(int line, String code, String message, String excerpt) {
        limits.checkCount(imported.size() + skipped.size() + 1);
        skipped.add(new ImportIssue(line, code, message, SafeText.excerpt(excerpt, 40)));
    }

    ImportReport report() {
        return new ImportReport(imported, skipped, warnings);
    }
}
