package cn.gov.egov.portal.learning.exam.paper;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.Points;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Draw {@code count} questions from a category for a random paper.
 *
 * @param category              where to draw from
 * @param includeSubcategories  also draw from the categories below it
 * @param type                  only questions of this type; null for any type
 * @param count                 how many (1–500)
 * @param pointsEach            marks for each drawn question, overriding the question's own (so every learner's
 *                              paper has the same total); null keeps the question's marks
 */
public record Quota(CategoryPath category, boolean includeSubcategories, QuestionType type, int count,
                    BigDecimal pointsEach) {

    public static final int MAX_COUNT = 500;

    public Quota {
        Objects.requireNonNull(category, "category");
        if (count < 1 || count > MAX_COUNT) {
            throw new ExamException("quota-invalid", "抽题数量必须在 1 到 " + MAX_COUNT + " 之间：" + count);
        }
        pointsEach = pointsEach == null ? null : Points.positive(pointsEach);
    }

    /** {@code count} questions of any type from {@code category} and below, at their own marks. */
    public static Quota of(CategoryPath category, int count) {
        return new Quota(category, true, null, count, null);
    }

    /** {@code count} questions of {@code type} from {@code category} and below, at their own marks. */
    public static Quota of(CategoryPath category, QuestionType type, int count) {
        return new Quota(category, true, type, count, null);
    }

    public Quota worth(BigDecimal points) {
        return new Quota(category, includeSubcategories, type, count, points);
    }

    public Quota onlyThisCategory() {
        return new Quota(category, false, type, count, pointsEach);
    }

    /** 分类「安全生产/法规」（含子分类）的单选题 */
    public String describe() {
        return "分类「" + category + "」" + (includeSubcategories ? "（含子分类）" : "") + "的"
                + (type == null ? "试题" : type.chinese());
    }
}
