package cn.gov.egov.portal.learning.exam.paper;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Makes one learner's paper for one attempt. Fixed papers take the listed questions; drawn papers fill each quota at
 * random, preferring the questions the learner has seen fewest times (unseen first), never the same question twice.
 * Options are shuffled per attempt when the spec and the question allow. All randomness comes from the generator
 * passed in (seeded in tests, {@link java.security.SecureRandom} in production, so papers are not predictable).
 */
public final class PaperAssembler {

    private PaperAssembler() {
    }

    /**
     * @throws ExamException {@code question-not-found} for a fixed paper naming a question the bank lacks;
     *                       {@code category-too-small} when a quota asks for more questions than its category has
     *                       left (the message names the category, the type and both numbers)
     */
    public static Paper assemble(PaperSpec spec, QuestionBank bank, LearnerHistory history, RandomGenerator random) {
        List<Pick> chosen = switch (spec) {
            case PaperSpec.Fixed fixed -> fixed.questionIds().stream().map(id -> new Pick(bank.require(id), null))
                    .toList();
            case PaperSpec.Drawn drawn -> draw(drawn.quotas(), bank, history, random);
        };
        List<PaperQuestion> questions = new ArrayList<>(chosen.size());
        for (Pick pick : chosen) {
            Question q = pick.question();
            BigDecimal points = pick.quota() != null && pick.quota().pointsEach() != null
                    ? pick.quota().pointsEach() : q.points();
            List<String> order = new ArrayList<>(q.optionIds());
            if (spec.shuffleOptions() && q.shuffleOptions()) {
                shuffle(order, random);
            }
            questions.add(new PaperQuestion(q, points, order));
        }
        if (spec.shuffleQuestions()) {
            shuffle(questions, random);
        }
        return new Paper(questions, spec.scoring());
    }

    /**
     * Quotas are filled most specific first (deeper category, then a set type before "any type"), so a broad quota
     * cannot take the questions a narrower one needs; the paper still lists them in the spec's order.
     */
    private static List<Pick> draw(List<Quota> quotas, QuestionBank bank, LearnerHistory history,
                                       RandomGenerator random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < quotas.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -quotas.get(i).category().depth())
                .thenComparingInt(i -> quotas.get(i).type() == null ? 1 : 0)
                .thenComparingInt(i -> i));
        Set<String> taken = new HashSet<>();
        List<List<Pick>> picked = new ArrayList<>(quotas.size());
        quotas.forEach(q -> picked.add(List.of()));
        for (int index : order) {
            Quota quota = quotas.get(index);
            List<Question> all = bank.in(quota.category(), quota.includeSubcategories(), quota.type());
            List<Question> pool = new ArrayList<>(all.stream().filter(q -> !taken.contains(q.id())).toList());
            if (pool.size() < quota.count()) {
                int usedElsewhere = all.size() - pool.size();
                throw new ExamException("category-too-small", quota.describe() + "只有 " + pool.size()
                        + " 道可用，少于要求抽取的 " + quota.count() + " 道"
                        + (usedElsewhere > 0 ? "（另有 " + usedElsewhere + " 道已被其他抽题规则选用）" : ""));
            }
            shuffle(pool, random);
            pool.sort(Comparator.comparingInt(q -> history.timesSeen(q.id())));
            List<Question> selection = new ArrayList<>(pool.subList(0, quota.count()));
            shuffle(selection, random);
            selection.forEach(q -> taken.add(q.id()));
            picked.set(index, selection.stream().map(q -> new Pick(q, quota)).toList());
        }
        return picked.stream().flatMap(List::stream).toList();
    }

    /** A chosen question and the quota it fills (null on a fixed paper). */
    private record Pick(Question question, Quota quota) {
    }

    /** Fisher–Yates with the given generator. */
    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
