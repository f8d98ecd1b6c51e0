package cn.gov.egov.portal.learning.exam.imports;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.ChoiceOption;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Imports Moodle XML question files ({@code <quiz>}): {@code multichoice} (single or multiple), {@code truefalse} and
 * {@code shortanswer} (as fill-in), with {@code category} entries placing the questions below a target category.
 * Every other type is skipped and reported. Question, option and explanation texts in HTML are converted to plain
 * text ({@link HtmlText}). The XML is parsed by {@link SafeXml} (no DTDs, no external entities, bounded); a broken
 * file fails as a whole with {@link ImportException} naming line and column.
 */
public final class MoodleXmlImporter {

    private final ImportLimits limits;
    private final RandomGenerator random;

    public MoodleXmlImporter(RandomGenerator random) {
        this(ImportLimits.DEFAULT, random);
    }

    /** {@code random} draws the ids of imported questions; share an instance across threads only if it is safe. */
    public MoodleXmlImporter(ImportLimits limits, RandomGenerator random) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * @param into the bank category the file's categories are placed below (questions before any category entry go
     *             into it directly)
     * @throws ImportException for a file that is too large, not well-formed, has a DOCTYPE or is not Moodle XML
     */
    public ImportReport importFrom(InputStream in, CategoryPath into) {
        XmlElement quiz = SafeXml.parse(limits.read(in), limits);
        if (!quiz.name().equals("quiz")) {
            throw new ImportException("not-moodle-xml", "不是 Moodle XML 题库文件：根元素应为 <quiz>，实为 <"
                    + quiz.name() + ">", quiz.line(), 0);
        }
        ImportCollector out = new ImportCollector(limits);
        CategoryPath category = into;
        for (XmlElement q : quiz.children("question")) {
            String type = q.attribute("type", "");
            String name = q.textAt("name/text", "");
            switch (type) {
                case "category" -> {
                    try {
                        category = into.resolve(categoryPath(q.textAt("category/text", "")));
                    } catch (ExamException e) {
                        out.skip(q.line(), e.code(), e.getMessage() + "（之后的试题仍放入上一个分类）",
                                q.textAt("category/text", ""));
                    }
                }
                case "multichoice", "truefalse", "shortanswer" -> {
                    CategoryPath target = category;
                    out.item(q.line(), name, () -> question(q, type, target, out));
                }
                default -> out.skip(q.line(), "unsupported-type", UnsupportedTypes.message(type.isEmpty()
                        ? "（未注明）" : type), name);
            }
        }
        return out.report();
    }

    /**
     * {@code $course$/top/安全生产/法规} → {@code 安全生产/法规}: the context prefix and a leading {@code top} dropped;
     * Moodle writes a slash inside a name as {@code //}, kept here as a full-width {@code ／}.
     */
    static CategoryPath categoryPath(String moodle) {
        String path = moodle.replaceFirst("^\\$[a-z0-9]*\\$/?", "").replace("//", "／");
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isBlank()) {
                segments.add(s);
            }
        }
        if (!segments.isEmpty() && segments.getFirst().strip().equals("top")) {
            segments.removeFirst();
        }
        return new CategoryPath(segments);
    }

    private Question question(XmlElement q, String type, CategoryPath category, ImportCollector out) {
        String stem = richText(q.child("questiontext").orElse(null), q, out);
        String explanation = richText(q.child("generalfeedback").orElse(null), q, out);
        String name = q.textAt("name/text", "");
        BigDecimal points = points(q, out);
        List<XmlElement> answers = q.children("answer");
        Question made = switch (type) {
            case "multichoice" -> choice(q, stem, answers, out);
            case "truefalse" -> trueFalse(stem, answers);
            default -> fillIn(q, stem, answers, out);
        };
        return made.withId(QuestionIds.next(random)).withCategory(category).withName(name).withPoints(points)
                .withExplanation(explanation);
    }

    private Question choice(XmlElement q, String stem, List<XmlElement> answers, ImportCollector out) {
        boolean single = !q.textAt("single", "true").matches("(?i)false|0");
        boolean shuffle = !q.textAt("shuffleanswers", "true").matches("(?i)false|0");
        List<ChoiceOption> options = new ArrayList<>();
        Set<String> correct = new HashSet<>();
        Set<Double> positive = new HashSet<>();
        boolean partial = false;
        for (XmlElement a : answers) {
            String id = "o" + (options.size() + 1);
            options.add(new ChoiceOption(id, richText(a, q, out)));
            double fraction = fraction(a);
            if (single ? fraction >= 99.99 : fraction > 0) {
                correct.add(id);
            }
            if (fraction > 0) {
                positive.add(Math.round(fraction * 100) / 100.0);
            }
            partial |= single && fraction > 0 && fraction < 99.99;
        }
        if (partial) {
            out.warn(q.line(), "partial-credit-ignored", "单选题中部分得分的选项按错误选项处理", q.textAt("name/text", ""));
        }
        if (!single && positive.size() > 1) {
            out.warn(q.line(), "weights-ignored", "多选题各正确选项的权重不同，已改按试卷的多选题评分规则评分",
                    q.textAt("name/text", ""));
        }
        return new Question("tmp", CategoryPath.ROOT, single ? QuestionType.SINGLE : QuestionType.MULTIPLE, "", stem,
                options, new AnswerKey.Choices(correct), BigDecimal.ONE, "", shuffle);
    }

    private static Question trueFalse(String stem, List<XmlElement> answers) {
        for (XmlElement a : answers) {
            String value = a.textAt("text", "").toLowerCase(Locale.ROOT);
            if (fraction(a) >= 99.99 && (value.equals("true") || value.equals("false"))) {
                return Question.trueFalse("tmp", CategoryPath.ROOT, stem, value.equals("true"));
            }
        }
        throw new ExamException("no-correct-answer", "判断题没有标明正确答案（true 或 false）");
    }

    private Question fillIn(XmlElement q, String stem, List<XmlElement> answers, ImportCollector out) {
        boolean caseSensitive = q.textAt("usecase", "0").equals("1");
        List<String> accepted = new ArrayList<>();
        for (XmlElement a : answers) {
            String text = a.textAt("text", "");
            double fraction = fraction(a);
            if (fraction > 0 && fraction < 99.99) {
                out.warn(q.line(), "partial-credit-ignored", "部分得分的答案「" + text + "」已忽略",
                        q.textAt("name/text", ""));
            } else if (fraction >= 99.99 && text.contains("*")) {
                out.warn(q.line(), "wildcard-unsupported", "含通配符 * 的答案「" + text + "」不支持，已忽略",
                        q.textAt("name/text", ""));
            } else if (fraction >= 99.99) {
                accepted.add(text);
            }
        }
        return Question.fillIn("tmp", CategoryPath.ROOT, stem, accepted, new FillInRule(caseSensitive, false));
    }

    /** The text of a Moodle text element ({@code <x format="html"><text>…</text></x>}) as plain text. */
    private static String richText(XmlElement element, XmlElement question, ImportCollector out) {
        if (element == null) {
            return "";
        }
        String raw = element.textAt("text", "");
        String format = element.attribute("format", "html");
        if (format.equals("plain_text") || format.equals("markdown")) {
            return raw;
        }
        HtmlText.Result plain = HtmlText.toPlain(raw);
        if (plain.mediaRemoved()) {
            out.warn(question.line(), "media-removed", "文本中的图片、音视频等内容已移除（只导入文字）",
                    question.textAt("name/text", ""));
        }
        return plain.text();
    }

    private static double fraction(XmlElement answer) {
        try {
            return Double.parseDouble(answer.attribute("fraction", "0"));
        } catch (NumberFormatException e) {
            throw new ExamException("fraction-invalid", "答案的得分比例无效：" + answer.attribute("fraction", ""));
        }
    }

    private static BigDecimal points(XmlElement q, ImportCollector out) {
        String text = q.textAt("defaultgrade", "1");
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ExamException("points-invalid", "分值无效：" + text);
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        if (rounded.compareTo(value) != 0) {
            out.warn(q.line(), "points-rounded", "分值 " + text + " 已取两位小数：" + rounded.toPlainString(),
                    q.textAt("name/text", ""));
        }
        return rounded;
    }
}
