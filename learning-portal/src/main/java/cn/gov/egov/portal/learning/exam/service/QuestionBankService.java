package cn.gov.egov.portal.learning.exam.service;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.imports.GiftImporter;
import cn.gov.egov.portal.learning.exam.imports.ImportLimits;
import cn.gov.egov.portal.learning.exam.imports.ImportReport;
import cn.gov.egov.portal.learning.exam.imports.MoodleXmlImporter;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredQuestion;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 题库 — each course administrator manages the question bank of their own region: lists it by category and type, views
 * a question (with its key: administrators may), imports Moodle XML or GIFT files, deactivates questions. An import
 * is all or nothing: a file refused as a whole (broken XML, a DOCTYPE, too large…) writes nothing, and the questions
 * of an accepted file go in one transaction; the report says what was skipped and why.
 */
@Service
public class QuestionBankService {

    private static final Logger log = LoggerFactory.getLogger(QuestionBankService.class);

    private final QuestionRepository questions;
    private final ExamAccess access;
    private final ExamAudit audit;
    private final ExamProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public QuestionBankService(QuestionRepository questions, ExamAccess access, ExamAudit audit,
                               ExamProperties properties, Clock clock) {
        this.questions = questions;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The user's bank's questions, optionally only in a category (and below) and of a type. */
    public List<StoredQuestion> list(PortalUser user, CategoryPath category, QuestionType type, int offset,
                                     int limit) {
        access.requireManager(user, "EXAM_BANK_VIEW");
        return questions.list(user.regionCode(), category, type, offset, Math.min(limit, 500));
    }

    public List<CategoryPath> categories(PortalUser user) {
        access.requireManager(user, "EXAM_BANK_VIEW");
        return questions.categories(user.regionCode());
    }

    /** The user's own region's bank, for drawing and checking papers. */
    public QuestionBank bank(PortalUser user) {
        access.requireManager(user, "EXAM_BANK_VIEW");
        return questions.bank(user.regionCode());
    }

    /** One question, with its key, for an administrator of its region. */
    public Optional<StoredQuestion> find(PortalUser user, String id) {
        Optional<StoredQuestion> q = questions.find(id);
        if (q.isPresent()) {
            access.requireManages(user, q.get().regionCode(), "EXAM_QUESTION_VIEW", "EXAM_QUESTION", id);
        } else {
            access.requireManager(user, "EXAM_QUESTION_VIEW");
        }
        return q;
    }

    @Transactional
    public void deactivate(PortalUser user, String id) {
        StoredQuestion q = find(user, id)
                .orElseThrow(() -> new ExamException("question-not-found", "题库中没有编号为 " + id + " 的试题"));
        if (questions.deactivate(id)) {
            audit.allowed(user, "EXAM_QUESTION_DEACTIVATE", "EXAM_QUESTION", id, q.regionCode(),
                    q.question().name());
        }
    }

    @Transactional
    public void addCategory(PortalUser user, CategoryPath path) {
        access.requireManager(user, "EXAM_CATEGORY_ADD");
        if (path.isRoot()) {
            throw new ExamException("category-invalid", "分类名称不能为空");
        }
        questions.addCategory(user.regionCode(), path, user.username(), clock.instant());
        audit.allowed(user, "EXAM_CATEGORY_ADD", "EXAM_CATEGORY", null, user.regionCode(), path.toString());
    }

    /**
     * Imports a Moodle XML ({@code .xml}) or GIFT ({@code .gift}, {@code .txt}) file below {@code into}.
     *
     * @throws cn.gov.egov.portal.learning.exam.imports.ImportException the file as a whole is refused; nothing
     *                                                                   was written
     */
    @Transactional
    public ImportReport importFile(PortalUser user, String filename, InputStream content, CategoryPath into) {
        access.requireManager(user, "EXAM_IMPORT");
        String name = filename == null ? "" : filename.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        ImportLimits limits = new ImportLimits(properties.maxImportSize().toBytes(), 2000, 32, 200_000);
        ImportReport report;
        if (lower.endsWith(".xml")) {
            report = new MoodleXmlImporter(limits, random).importFrom(content, into);
        } else if (lower.endsWith(".gift") || lower.endsWith(".txt")) {
            report = new GiftImporter(limits, random).importFrom(content, into);
        } else {
            throw new ExamException("import-format-unknown", "只能导入 Moodle XML（.xml）或 GIFT（.gift、.txt）文件");
        }
        Instant now = clock.instant();
        questions.bank(user.regionCode()).with(report.imported()); // the bank's own checks (ids unique)
        questions.insert(user.regionCode(), report.imported(), name.length() > 255 ? name.substring(0, 255) : name,
                user.username(), now);
        if (!into.isRoot()) {
            questions.addCategory(user.regionCode(), into, user.username(), now);
        }
        audit.allowed(user, "EXAM_IMPORT", "EXAM_BANK", null, user.regionCode(), name + "：" + report.summary());
        log.info("{} imported {}: {}", user.username(), name, report.summary());
        return report;
    }
}
