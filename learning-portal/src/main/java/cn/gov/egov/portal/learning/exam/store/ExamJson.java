package cn.gov.egov.portal.learning.exam.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.ChoiceOption;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.grading.AttemptScore;
import cn.gov.egov.portal.learning.exam.grading.Correctness;
import cn.gov.egov.portal.learning.exam.grading.QuestionScore;
import cn.gov.egov.portal.learning.exam.paper.MultipleChoiceScoring;
import cn.gov.egov.portal.learning.exam.paper.Paper;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;
import cn.gov.egov.portal.learning.exam.paper.Quota;

/**
 * The JSON the exam tables hold: questions, paper specs, frozen papers and scores, each through a flat record so the
 * domain stays free of Jackson annotations and the stored shape is explicit. Decimals are written as strings (exact,
 * scale kept). Reading goes back through the domain constructors, so a stored value is checked again when loaded.
 */
public final class ExamJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExamJson() {
    }

    record OptionJson(String id, String text) {
    }

    record QuestionJson(String id, String category, String type, String name, String stem, List<OptionJson> options,
                        List<String> correct, Boolean judgement, List<String> accepted, Boolean caseSensitive,
                        Boolean ignoreSpaces, String points, String explanation, boolean shuffleOptions) {
    }

    record PaperQuestionJson(QuestionJson question, String points, List<String> optionOrder) {
    }

    record PaperJson(String scoring, List<PaperQuestionJson> questions) {
    }

    record QuotaJson(String category, boolean includeSubcategories, String type, int count, String pointsEach) {
    }

    record SpecJson(String kind, List<String> questionIds, List<QuotaJson> quotas, boolean shuffleQuestions,
                    boolean shuffleOptions, String scoring) {
    }

    record QuestionScoreJson(String questionId, String correctness, String awarded, String max) {
    }

    record ScoreJson(List<QuestionScoreJson> questions, String points, String maxPoints, String percent) {
    }

    public static String question(Question q) {
        return JSON.writeValueAsString(toJson(q));
    }

    public static Question question(String json) {
        return fromJson(JSON.readValue(json, QuestionJson.class));
    }

    public static String paper(Paper paper) {
        List<PaperQuestionJson> qs = paper.questions().stream()
                .map(q -> new PaperQuestionJson(toJson(q.question()), q.points().toPlainString(), q.optionOrder()))
                .toList();
        return JSON.writeValueAsString(new PaperJson(paper.scoring().name(), qs));
    }

    public static Paper paper(String json) {
        PaperJson p = JSON.readValue(json, PaperJson.class);
        List<PaperQuestion> qs = p.questions().stream()
                .map(q -> new PaperQuestion(fromJson(q.question()), new BigDecimal(q.points()), q.optionOrder()))
                .toList();
        return new Paper(qs, MultipleChoiceScoring.valueOf(p.scoring()));
    }

    public static String spec(PaperSpec spec) {
        SpecJson json = switch (spec) {
            case PaperSpec.Fixed f -> new SpecJson("FIXED", f.questionIds(), List.of(), f.shuffleQuestions(),
                    f.shuffleOptions(), f.scoring().name());
            case PaperSpec.Drawn d -> new SpecJson("DRAWN", List.of(), d.quotas().stream()
                    .map(q -> new QuotaJson(String.join("/", q.category().segments()), q.includeSubcategories(),
                            q.type() == null ? null : q.type().name(), q.count(),
                            q.pointsEach() == null ? null : q.pointsEach().toPlainString()))
                    .toList(), d.shuffleQuestions(), d.shuffleOptions(), d.scoring().name());
        };
        return JSON.writeValueAsString(json);
    }

    public static PaperSpec spec(String json) {
        SpecJson s = JSON.readValue(json, SpecJson.class);
        MultipleChoiceScoring scoring = MultipleChoiceScoring.valueOf(s.scoring());
        if ("FIXED".equals(s.kind())) {
            return new PaperSpec.Fixed(s.questionIds(), s.shuffleQuestions(), s.shuffleOptions(), scoring);
        }
        List<Quota> quotas = s.quotas().stream()
                .map(q -> new Quota(CategoryPath.parse(q.category()), q.includeSubcategories(),
                        q.type() == null ? null : QuestionType.valueOf(q.type()), q.count(),
                        q.pointsEach() == null ? null : new BigDecimal(q.pointsEach())))
                .toList();
        return new PaperSpec.Drawn(quotas, s.shuffleQuestions(), s.shuffleOptions(), scoring);
    }

    public static String score(AttemptScore score) {
        List<QuestionScoreJson> qs = score.questions().stream()
                .map(q -> new QuestionScoreJson(q.questionId(), q.correctness().name(), q.awarded().toPlainString(),
                        q.max().toPlainString()))
                .toList();
        return JSON.writeValueAsString(new ScoreJson(qs, score.points().toPlainString(),
                score.maxPoints().toPlainString(), score.percent().toPlainString()));
    }

    public static AttemptScore score(String json) {
        ScoreJson s = JSON.readValue(json, ScoreJson.class);
        List<QuestionScore> qs = s.questions().stream()
                .map(q -> new QuestionScore(q.questionId(), Correctness.valueOf(q.correctness()),
                        new BigDecimal(q.awarded()), new BigDecimal(q.max())))
                .toList();
        return new AttemptScore(qs, new BigDecimal(s.points()), new BigDecimal(s.maxPoints()),
                new BigDecimal(s.percent()));
    }

    private static QuestionJson toJson(Question q) {
        List<OptionJson> options = q.options().stream().map(o -> new OptionJson(o.id(), o.text())).toList();
        List<String> correct = null;
        Boolean judgement = null;
        List<String> accepted = null;
        Boolean caseSensitive = null;
        Boolean ignoreSpaces = null;
        switch (q.key()) {
            case AnswerKey.Choices c -> correct = List.copyOf(c.correctOptionIds());
            case AnswerKey.Judgement j -> judgement = j.value();
            case AnswerKey.Accepted a -> {
                accepted = a.answers();
                caseSensitive = a.rule().caseSensitive();
                ignoreSpaces = a.rule().ignoreSpaces();
            }
        }
        return new QuestionJson(q.id(), String.join("/", q.category().segments()), q.type().name(), q.name(),
                q.stem(), options, correct, judgement, accepted, caseSensitive, ignoreSpaces,
                q.points().toPlainString(), q.explanation(), q.shuffleOptions());
    }

    private static Question fromJson(QuestionJson j) {
        QuestionType type = QuestionType.valueOf(j.type());
        AnswerKey key = switch (type) {
            case SINGLE, MULTIPLE -> new AnswerKey.Choices(Set.copyOf(j.correct()));
            case TRUE_FALSE -> new AnswerKey.Judgement(Boolean.TRUE.equals(j.judgement()));
            case FILL_IN -> new AnswerKey.Accepted(j.accepted(),
                    new FillInRule(Boolean.TRUE.equals(j.caseSensitive()), Boolean.TRUE.equals(j.ignoreSpaces())));
        };
        List<ChoiceOption> options = new ArrayList<>();
        for (OptionJson o : j.options() == null ? List.<OptionJson>of() : j.options()) {
            options.add(new ChoiceOption(o.id(), o.text()));
        }
        return new Question(j.id(), CategoryPath.parse(j.category()), type, j.name(), j.stem(), options, key,
                new BigDecimal(j.points()), j.explanation(), j.shuffleOptions());
    }
}
