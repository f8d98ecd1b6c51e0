package cn.gov.egov.portal.learning.exam.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Lookups by id and category, and the category tree with counts. */
class QuestionBankTest {

    static final CategoryPath SAFETY = CategoryPath.of("安全生产");
    static final CategoryPath LAW = SAFETY.child("法规");
    static final CategoryPath FIRE = SAFETY.child("消防");
    static final CategoryPath ETHICS = CategoryPath.of("廉政");

    final QuestionBank bank = QuestionBank.of(List.of(
            Question.trueFalse("s1", SAFETY, "题一", true),
            Question.single("l1", LAW, "题二", List.of("甲", "乙"), 0),
            Question.trueFalse("l2", LAW, "题三", false),
            Question.trueFalse("f1", FIRE, "题四", true),
            Question.fillIn("e1", ETHICS, "题五", List.of("答"), FillInRule.DEFAULT)));

    @Test
    void findsQuestionsByIdAndRefusesUnknownOnes() {
        assertThat(bank.find("l1")).get().extracting(Question::stem).isEqualTo("题二");
        assertThat(bank.find("nope")).isEmpty();
        assertThatThrownBy(() -> bank.require("nope")).isInstanceOf(ExamException.class)
                .hasMessageContaining("nope").extracting(e -> ((ExamException) e).code())
                .isEqualTo("question-not-found");
    }

    @Test
    void findsByCategoryWithOrWithoutSubcategoriesAndByType() {
        assertThat(bank.in(SAFETY, false)).extracting(Question::id).containsExactly("s1");
        assertThat(bank.in(SAFETY, true)).extracting(Question::id).containsExactly("s1", "l1", "l2", "f1");
        assertThat(bank.in(SAFETY, true, QuestionType.TRUE_FALSE)).extracting(Question::id)
                .containsExactly("s1", "l2", "f1");
        assertThat(bank.in(CategoryPath.ROOT, true)).hasSize(5);
        assertThat(bank.in(CategoryPath.of("安全"), true)).as("a prefix of a name is not a parent").isEmpty();
    }

    @Test
    void buildsTheCategoryTreeWithCounts() {
        CategoryNode root = bank.withCategory(ETHICS.child("案例")).tree();
        assertThat(root.totalQuestions()).isEqualTo(5);
        assertThat(root.children()).extracting(CategoryNode::name).containsExactly("安全生产", "廉政");
        CategoryNode safety = root.find(SAFETY).orElseThrow();
        assertThat(safety.ownQuestions()).isEqualTo(1);
        assertThat(safety.totalQuestions()).isEqualTo(4);
        assertThat(safety.children()).extracting(CategoryNode::name).containsExactly("法规", "消防");
        assertThat(root.find(ETHICS.child("案例")).orElseThrow().totalQuestions()).isZero();
        assertThat(root.find(CategoryPath.of("没有"))).isEmpty();
    }

    @Test
    void isImmutableAndRefusesDuplicateIds() {
        QuestionBank bigger = bank.with(List.of(Question.trueFalse("n1", ETHICS, "新题", true)));
        assertThat(bank.size()).isEqualTo(5);
        assertThat(bigger.size()).isEqualTo(6);
        assertThatThrownBy(() -> bank.with(List.of(Question.trueFalse("s1", ETHICS, "重复", true))))
                .isInstanceOf(ExamException.class).extracting(e -> ((ExamException) e).code())
                .isEqualTo("duplicate-question-id");
        assertThatThrownBy(() -> bank.questions().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void categoryPathsParseCompareAndNest() {
        assertThat(CategoryPath.parse("/安全生产//法规/ ")).isEqualTo(LAW);
        assertThat(CategoryPath.parse("")).isEqualTo(CategoryPath.ROOT);
        assertThat(LAW.isWithin(SAFETY)).isTrue();
        assertThat(SAFETY.isWithin(LAW)).isFalse();
        assertThat(LAW.parent()).contains(SAFETY);
        assertThat(LAW.toString()).isEqualTo("安全生产/法规");
        assertThat(CategoryPath.ROOT.toString()).isEqualTo("（全部）");
        assertThatThrownBy(() -> CategoryPath.of("a/b")).isInstanceOf(ExamException.class);
        assertThatThrownBy(() -> CategoryPath.of(" ")).isInstanceOf(ExamException.class);
        assertThatThrownBy(() -> CategoryPath.parse("1/2/3/4/5/6/7/8/9/10/11")).isInstanceOf(ExamException.class);
    }
}
