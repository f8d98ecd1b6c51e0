package cn.gov.egov.portal.learning.exam.paper;

import static cn.gov.egov.portal.learning.exam.ExamSamples.ETHICS;
import static cn.gov.egov.portal.learning.exam.ExamSamples.FIRE;
import static cn.gov.egov.portal.learning.exam.ExamSamples.LAW;
import static cn.gov.egov.portal.learning.exam.ExamSamples.SAFETY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.ExamSamples;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Fixed and drawn papers: quotas, unseen questions first, no duplicates, clear errors, per-attempt option order. */
class PaperAssemblerTest {

    final QuestionBank bank = ExamSamples.bank();

    static Paper assemble(PaperSpec spec, QuestionBank bank, LearnerHistory history, long seed) {
        return PaperAssembler.assemble(spec, bank, history, new SplittableRandom(seed));
    }

    @Test
    void aFixedPaperKeepsTheListedQuestionsInOrder() {
        Paper paper = assemble(PaperSpec.fixed("law-t1", "law-s2", "eth-f1"), bank, LearnerHistory.none(), 1);
        assertThat(paper.questionIds()).containsExactly("law-t1", "law-s2", "eth-f1");
        assertThat(paper.maxPoints()).isEqualTo(new BigDecimal("3.00"));
        assertThat(paper.find("law-s2").orElseThrow().question()).isEqualTo(bank.require("law-s2"));
    }

    @Test
    void aFixedPaperMayShuffleTheQuestionOrderPerAttempt() {
        PaperSpec spec = PaperSpec.fixed("law-s1", "law-s2", "law-s3", "law-s4", "law-s5", "law-s6")
                .withShuffle(true, true);
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            Paper paper = assemble(spec, bank, LearnerHistory.none(), seed);
            assertThat(paper.questionIds()).containsExactlyInAnyOrder("law-s1", "law-s2", "law-s3", "law-s4",
                    "law-s5", "law-s6");
            orders.add(paper.questionIds());
        }
        assertThat(orders).hasSizeGreaterThan(20);
    }

    @Test
    void aFixedPaperNamingAMissingQuestionIsRefused() {
        assertThatThrownBy(() -> assemble(PaperSpec.fixed("law-s1", "gone"), bank, LearnerHistory.none(), 1))
                .isInstanceOf(ExamException.class).hasMessageContaining("gone")
                .extracting(e -> ((ExamException) e).code()).isEqualTo("question-not-found");
        assertThatThrownBy(() -> PaperSpec.fixed("law-s1", "law-s1")).isInstanceOf(ExamException.class)
                .extracting(e -> ((ExamException) e).code()).isEqualTo("duplicate-question-in-paper");
    }

    @Test
    void aDrawnPaperFillsEachQuotaFromItsCategoryAndTypeInSpecOrder() {
        PaperSpec spec = PaperSpec.drawn(Quota.of(LAW, QuestionType.SINGLE, 3), Quota.of(FIRE, 2),
                Quota.of(ETHICS, QuestionType.FILL_IN, 1));
        for (long seed = 0; seed < 50; seed++) {
            List<Question> qs = assemble(spec, bank, LearnerHistory.none(), seed).questions().stream()
                    .map(PaperQuestion::question).toList();
            assertThat(qs).hasSize(6);
            assertThat(qs.subList(0, 3)).allMatch(q -> q.category().equals(LAW) && q.type() == QuestionType.SINGLE);
            assertThat(qs.subList(3, 5)).allMatch(q -> q.category().equals(FIRE));
            assertThat(qs.get(5).type()).isEqualTo(QuestionType.FILL_IN);
            assertThat(qs.stream().map(Question::id).distinct()).hasSize(6);
        }
    }

    @Test
    void overlappingQuotasNeverDrawAQuestionTwiceAndNarrowQuotasAreFilledFirst() {
        // 安全生产 holds 18 questions, 6 of them law singles. Filling the broad quota first could take law singles
        // and leave the narrow quota short; filled narrow-first, every seed works.
        PaperSpec spec = PaperSpec.drawn(Quota.of(SAFETY, 12), Quota.of(LAW, QuestionType.SINGLE, 6));
        for (long seed = 0; seed < 200; seed++) {
            Paper paper = assemble(spec, bank, LearnerHistory.none(), seed);
            assertThat(paper.questionIds()).doesNotHaveDuplicates().hasSize(18);
            assertThat(paper.questions().subList(12, 18)).allMatch(q -> q.question().type() == QuestionType.SINGLE
                    && q.question().category().equals(LAW));
        }
    }

    @Test
    void unseenQuestionsAreDrawnFirstThenTheLeastSeen() {
        LearnerHistory history = LearnerHistory.of(List.of("law-s1", "law-s2", "law-s3", "law-s4",
                "law-s1", "law-s2", "law-s3"));
        PaperSpec spec = PaperSpec.drawn(Quota.of(LAW, QuestionType.SINGLE, 3));
        for (long seed = 0; seed < 100; seed++) {
            assertThat(assemble(spec, bank, history, seed).questionIds())
                    .as("law-s5 and law-s6 are unseen, law-s4 seen once, the others twice")
                    .containsExactlyInAnyOrder("law-s4", "law-s5", "law-s6");
        }
    }

    @Test
    void withEverythingSeenAlikeEveryQuestionCanBeDrawn() {
        PaperSpec spec = PaperSpec.drawn(Quota.of(LAW, QuestionType.SINGLE, 2));
        Set<String> drawn = new HashSet<>();
        Set<String> firsts = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            List<String> ids = assemble(spec, bank, LearnerHistory.none(), seed).questionIds();
            drawn.addAll(ids);
            firsts.add(ids.getFirst());
        }
        assertThat(drawn).hasSize(6);
        assertThat(firsts).as("the order within a quota is random too").hasSize(6);
    }

    @Test
    void aCategoryWithTooFewQuestionsIsAClearError() {
        assertThatThrownBy(() -> assemble(PaperSpec.drawn(Quota.of(FIRE, QuestionType.SINGLE, 5)), bank,
                LearnerHistory.none(), 1))
                .isInstanceOf(ExamException.class)
                .hasMessage("分类「安全生产/消防」（含子分类）的单选题只有 3 道可用，少于要求抽取的 5 道")
                .extracting(e -> ((ExamException) e).code()).isEqualTo("category-too-small");
        assertThatThrownBy(() -> assemble(PaperSpec.drawn(Quota.of(LAW, QuestionType.SINGLE, 4),
                Quota.of(SAFETY, QuestionType.SINGLE, 6)), bank, LearnerHistory.none(), 1))
                .hasMessageContaining("只有 5 道可用").hasMessageContaining("另有 4 道已被其他抽题规则选用");
        assertThatThrownBy(() -> assemble(PaperSpec.drawn(Quota.of(
                cn.gov.egov.portal.learning.exam.bank.CategoryPath.of("不存在"), 1)), bank, LearnerHistory.none(),
                1)).hasMessageContaining("不存在").hasMessageContaining("只有 0 道");
    }

    @Test
    void aQuotaMaySetTheMarksOfItsQuestions() {
        Paper paper = assemble(PaperSpec.drawn(Quota.of(LAW, QuestionType.MULTIPLE, 2).worth(new BigDecimal("2.5")),
                Quota.of(FIRE, 1)), bank, LearnerHistory.none(), 3);
        assertThat(paper.questions()).extracting(PaperQuestion::points)
                .containsExactly(new BigDecimal("2.50"), new BigDecimal("2.50"), new BigDecimal("1.00"));
        assertThat(paper.maxPoints()).isEqualTo(new BigDecimal("6.00"));
    }

    @Test
    void optionsAreShuffledPerAttemptReproduciblyAndOnlyWhereAllowed() {
        PaperSpec.Fixed spec = PaperSpec.fixed("law-s1");
        Map<List<String>, Integer> orders = new HashMap<>();
        for (long seed = 0; seed < 2400; seed++) {
            PaperQuestion q = assemble(spec, bank, LearnerHistory.none(), seed).questions().getFirst();
            assertThat(q.optionOrder()).containsExactlyInAnyOrder("o1", "o2", "o3", "o4");
            assertThat(q.correctLabels()).containsExactly(q.labelOf("o1"));
            orders.merge(q.optionOrder(), 1, Integer::sum);
        }
        assertThat(orders).as("all 24 orders of four options turn up").hasSize(24);
        assertThat(orders.values()).as("about 100 times each").allMatch(n -> n > 60 && n < 140);
        assertThat(assemble(spec, bank, LearnerHistory.none(), 7))
                .isEqualTo(assemble(spec, bank, LearnerHistory.none(), 7));
        assertThat(assemble(spec.withShuffle(false, false), bank, LearnerHistory.none(), 7).questions().getFirst()
                .optionOrder()).containsExactly("o1", "o2", "o3", "o4");
        QuestionBank pinned = QuestionBank.of(List.of(bank.require("law-s1").withShuffleOptions(false)));
        assertThat(assemble(spec, pinned, LearnerHistory.none(), 7).questions().getFirst().optionOrder())
                .as("the question forbids shuffling").containsExactly("o1", "o2", "o3", "o4");
    }

    @Test
    void lettersMapToOptionsOnThisPaperOnly() {
        PaperQuestion q = new PaperQuestion(bank.require("law-s1"), BigDecimal.ONE, List.of("o3", "o1", "o4", "o2"));
        assertThat(q.optionAt("A").orElseThrow().id()).isEqualTo("o3");
        assertThat(q.optionAt("B").orElseThrow().text()).isEqualTo("正确项");
        assertThat(q.optionAt("E")).isEmpty();
        assertThat(q.optionAt("AB")).isEmpty();
        assertThat(q.correctLabels()).containsExactly("B");
        assertThatThrownBy(() -> new PaperQuestion(bank.require("law-s1"), BigDecimal.ONE, List.of("o1", "o2")))
                .isInstanceOf(ExamException.class);
    }
}
