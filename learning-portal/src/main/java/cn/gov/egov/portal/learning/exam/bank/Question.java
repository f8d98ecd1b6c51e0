package cn.gov.egov.portal.learning.exam.bank;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question of the bank, immutable. Texts are plain text (see {@link SafeText}); the answer key and the explanation
 * stay on the server until the review options reveal them.
 *
 * @param id             unique in the bank: 1–64 of {@code [A-Za-z0-9_.:-]}
 * @param category       where it sits in the category tree
 * @param type           single, multiple, true/false or fill-in
 * @param name           a short name for administrators (defaults to the start of the stem)
 * @param stem           the question text (题干), 1–4000 characters
 * @param options        2–12 options for choice questions (texts unique), none otherwise
 * @param key            what is right; its kind must match the type
 * @param points         marks for a right answer (exact, two places)
 * @param explanation    the explanation (解析) shown in review when allowed; may be empty
 * @param shuffleOptions false keeps the options in this order on every paper ("以上都对" must stay last)
 */
public record Question(String id, CategoryPath category, QuestionType type, String name, String stem,
                       List<ChoiceOption> options, AnswerKey key, BigDecimal points, String explanation,
                       boolean shuffleOptions) {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 12;
    public static final int MAX_STEM = 4000;
    public static final int MAX_EXPLANATION = 4000;

    public Question {
        if (id == null || !id.matches("[A-Za-z0-9_.:-]{1,64}")) {
            throw new ExamException("question-id-invalid", "试题编号无效：" + id);
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        stem = SafeText.plain(stem);
        if (stem.isEmpty()) {
            throw new ExamException("stem-empty", "题干不能为空");
        }
        if (stem.length() > MAX_STEM) {
            throw new ExamException("stem-too-long", "题干不能超过 " + MAX_STEM + " 个字符");
        }
        name = SafeText.singleLine(name);
        name = name.isEmpty() ? SafeText.excerpt(stem, 40) : SafeText.excerpt(name, 100);
        explanation = SafeText.plain(explanation);
        if (explanation.length() > MAX_EXPLANATION) {
            throw new ExamException("explanation-too-long", "解析不能超过 " + MAX_EXPLANATION + " 个字符");
        }
        points = Points.positive(points);
        options = List.copyOf(options);
        checkKey(type, options, key);
    }

    public static Question single(String id, CategoryPath category, String stem, List<String> options,
                                  int correctIndex) {
        return choice(id, category, QuestionType.SINGLE, stem, options, Set.of(correctIndex));
    }

    public static Question multiple(String id, CategoryPath category, String stem, List<String> options,
                                    Set<Integer> correctIndexes) {
        return choice(id, category, QuestionType.MULTIPLE, stem, options, correctIndexes);
    }

    public static Question trueFalse(String id, CategoryPath category, String stem, boolean answer) {
        return new Question(id, category, QuestionType.TRUE_FALSE, "", stem, List.of(),
                new AnswerKey.Judgement(answer), Points.ONE, "", true);
    }

    public static Question fillIn(String id, CategoryPath category, String stem, List<String> accepted,
                                  FillInRule rule) {
        return new Question(id, category, QuestionType.FILL_IN, "", stem, List.of(),
                new AnswerKey.Accepted(accepted, rule), Points.ONE, "", true);
    }

    /** Options numbered {@code o1, o2…} in the given order; {@code correct} are 0-based indexes. */
    public static Question choice(String id, CategoryPath category, QuestionType type, String stem,
                                  List<String> options, Set<Integer> correct) {
        List<ChoiceOption> opts = new ArrayList<>();
        Set<String> right = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            opts.add(new ChoiceOption("o" + (i + 1), options.get(i)));
            if (correct.contains(i)) {
                right.add("o" + (i + 1));
            }
        }
        if (correct.stream().anyMatch(i -> i < 0 || i >= options.size())) {
            throw new ExamException("unknown-correct-option", "正确答案指向不存在的选项");
        }
        return new Question(id, category, type, "", stem, opts, new AnswerKey.Choices(right), Points.ONE, "", true);
    }

    public Question withPoints(BigDecimal value) {
        return new Question(id, category, type, name, stem, options, key, value, explanation, shuffleOptions);
    }

    public Question withExplanation(String text) {
        return new Question(id, category, type, name, stem, options, key, points, text, shuffleOptions);
    }

    public Question withName(String text) {
        return new Question(id, category, type, text, stem, options, key, points, explanation, shuffleOptions);
    }

    public Question withCategory(CategoryPath path) {
        return new Question(id, path, type, name, stem, options, key, points, explanation, shuffleOptions);
    }

    public Question withShuffleOptions(boolean shuffle) {
        return new Question(id, category, type, name, stem, options, key, points, explanation, shuffle);
    }

    public Question withId(String newId) {
        return new Question(newId, category, type, name, stem, options, key, points, explanation, shuffleOptions);
    }

    public List<String> optionIds() {
        return options.stream().map(ChoiceOption::id).toList();
    }

    private static void checkKey(QuestionType type, List<ChoiceOption> options, AnswerKey key) {
        boolean kindMatches = switch (type) {
            case SINGLE, MULTIPLE -> key instanceof AnswerKey.Choices;
            case TRUE_FALSE -> key instanceof AnswerKey.Judgement;
            case FILL_IN -> key instanceof AnswerKey.Accepted;
        };
        if (!kindMatches) {
            throw new ExamException("answer-key-mismatch", type.chinese() + "的答案形式不正确");
        }
        if (!type.hasOptions()) {
            if (!options.isEmpty()) {
                throw new ExamException("options-not-allowed", type.chinese() + "不能有选项");
            }
            return;
        }
        if (options.size() < MIN_OPTIONS) {
            throw new ExamException("too-few-options", type.chinese() + "至少需要 " + MIN_OPTIONS + " 个选项");
        }
        if (options.size() > MAX_OPTIONS) {
            throw new ExamException("too-many-options", type.chinese() + "最多只能有 " + MAX_OPTIONS + " 个选项");
        }
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (ChoiceOption option : options) {
            if (!ids.add(option.id())) {
                throw new ExamException("duplicate-option-id", "选项编号重复：" + option.id());
            }
            if (!texts.add(FillInRule.DEFAULT.normalise(option.text()))) {
                throw new ExamException("duplicate-option", "选项内容重复：" + SafeText.excerpt(option.text(), 30));
            }
        }
        Set<String> correct = ((AnswerKey.Choices) key).correctOptionIds();
        if (!ids.containsAll(correct)) {
            throw new ExamException("unknown-correct-option", "正确答案指向不存在的选项");
        }
        if (type == QuestionType.SINGLE && correct.size() != 1) {
            throw new ExamException("single-needs-one-correct",
                    "单选题必须恰好有一个正确选项（现有 " + correct.size() + " 个）");
        }
        if (type == QuestionType.MULTIPLE && correct.isEmpty()) {
            throw new ExamException("multiple-needs-correct", "多选题至少需要一个正确选项");
        }
    }
}
