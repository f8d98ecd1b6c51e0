package cn.gov.egov.portal.learning.exam.imports;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.ChoiceOption;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Points;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports GIFT files (UTF-8). Questions are separated by blank lines; lines starting with {@code //} are comments;
 * {@code $CATEGORY: a/b} places the following questions (below the target category). A question is
 * {@code ::title:: [format] stem {answers}}, with text after the braces making a "missing word" stem
 * ({@code ____} where the braces stood). Supported answers: {@code {T}}/{@code {F}} (true/false), {@code {=right
 * ~wrong}} (single choice), {@code {~%50%a ~%50%b ~%-100%c}} (multiple choice, positive weights right),
 * {@code {=a =b}} (fill-in). Essay {@code {}}, numerical {@code {#…}}, matching {@code {=a -> b}} and descriptions
 * (no braces) are skipped with their line number, as are questions that do not parse. Text is plain text (also
 * under {@code [moodle]} and {@code [markdown]}) unless marked {@code [html]}, which is converted to plain text.
 */
public final class GiftImporter {

    private static final Pattern FORMAT = Pattern.compile("\\[(html|moodle|plain|markdown)]");

    private final ImportLimits limits;
    private final RandomGenerator random;

    public GiftImporter(RandomGenerator random) {
        this(ImportLimits.DEFAULT, random);
    }

    /** {@code random} draws the ids of imported questions; share an instance across threads only if it is safe. */
    public GiftImporter(ImportLimits limits, RandomGenerator random) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @throws ImportException for a file that is too large or not UTF-8 */
    public ImportReport importFrom(InputStream in, CategoryPath into) {
        byte[] bytes = limits.read(in);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return importFrom(text, into);
        } catch (CharacterCodingException e) {
            throw new ImportException("not-utf8", "GIFT 文件必须是 UTF-8 编码");
        }
    }

    public ImportReport importFrom(String text, CategoryPath into) {
        ImportCollector out = new ImportCollector(limits);
        CategoryPath category = into;
        for (Block block : blocks(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            String body = block.text().strip();
            int line = block.line();
            if (body.startsWith("$CATEGORY:")) {
                int end = body.indexOf('\n');
                String path = (end < 0 ? body : body.substring(0, end)).substring("$CATEGORY:".length());
                try {
                    category = into.resolve(MoodleXmlImporter.categoryPath(path.strip()));
                } catch (ExamException e) {
                    out.skip(line, e.code(), e.getMessage(), path);
                }
                if (end < 0) {
                    continue;
                }
                body = body.substring(end + 1).strip();
                line++;
            }
            CategoryPath target = category;
            String question = body;
            int at = line;
            out.item(line, excerpt(body), () -> question(question, target, at, out));
        }
        return out.report();
    }

    /** A question's text and the line it starts on. */
    record Block(int line, String text) {
    }

    /** Blank-line separated blocks, comment lines removed. */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current.toString()));
                    current.setLength(0);
                }
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(start, current.toString()));
        }
        return blocks;
    }

    private Question question(String body, CategoryPath category, int line, ImportCollector out) {
        String rest = body;
        String title = "";
        if (rest.startsWith("::")) {
            int end = GiftText.indexOf(rest, "::", 2);
            if (end < 0) {
                throw new ExamException("gift-syntax", "题目名称缺少结尾的 ::");
            }
            title = GiftText.unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2).strip();
        }
        boolean html = false;
        Matcher format = FORMAT.matcher(rest);
        if (format.lookingAt()) {
            html = format.group(1).equals("html");
            rest = rest.substring(format.end()).strip();
        }
        int open = GiftText.indexOf(rest, "{", 0);
        if (open < 0) {
            throw new ExamException("unsupported-type", "不支持的题型：说明文字（没有答案部分 {…}）");
        }
        int close = GiftText.indexOf(rest, "}", open + 1);
        if (close < 0) {
            throw new ExamException("gift-syntax", "答案部分缺少结尾的 }");
        }
        String after = rest.substring(close + 1);
        if (GiftText.contains(after, "{")) {
            throw new ExamException("gift-syntax", "一道题只能有一个答案部分 {…}");
        }
        String before = rest.substring(0, open).strip();
        String stem = after.isBlank() ? before : before + " ____ " + after.strip();
        GiftAnswers answers = GiftAnswers.parse(rest.substring(open + 1, close));
        Question q = switch (answers.kind()) {
            case ESSAY -> throw new ExamException("unsupported-type", UnsupportedTypes.message("essay"));
            case NUMERICAL -> throw new ExamException("unsupported-type", UnsupportedTypes.message("numerical"));
            case MATCHING -> throw new ExamException("unsupported-type", UnsupportedTypes.message("matching"));
            case TRUE_FALSE -> Question.trueFalse("tmp", category, text(stem, html, line, title, out),
                    answers.judgement());
            case CHOICES -> choices(answers.choices(), text(stem, html, line, title, out), html, line, title, out);
        };
        return q.withId(QuestionIds.next(random)).withCategory(category).withName(title)
                .withExplanation(text(answers.generalFeedback(), html, line, title, out));
    }

    private static Question choices(List<GiftAnswers.Choice> choices, String stem, boolean html, int line,
                                    String title, ImportCollector out) {
        boolean anyTilde = choices.stream().anyMatch(c -> !c.equalsSign());
        if (!anyTilde) {
            List<String> accepted = new ArrayList<>();
            for (GiftAnswers.Choice c : choices) {
                String answer = GiftText.unescape(c.text());
                if (c.credit() < 99.99) {
                    out.warn(line, "partial-credit-ignored", "部分得分的答案「" + answer + "」已忽略", title);
                } else if (answer.contains("*")) {
                    out.warn(line, "wildcard-unsupported", "含通配符 * 的答案「" + answer + "」不支持，已忽略", title);
                } else {
                    accepted.add(answer);
                }
            }
            return Question.fillIn("tmp", CategoryPath.ROOT, stem, accepted, FillInRule.DEFAULT);
        }
        boolean single = choices.stream().anyMatch(GiftAnswers.Choice::equalsSign);
        List<ChoiceOption> options = new ArrayList<>();
        Set<String> correct = new HashSet<>();
        Set<Double> weights = new HashSet<>();
        for (GiftAnswers.Choice c : choices) {
            String id = "o" + (options.size() + 1);
            options.add(new ChoiceOption(id, text(c.text(), html, line, title, out)));
            if (single ? c.equalsSign() : c.credit() > 0) {
                correct.add(id);
            }
            if (c.credit() > 0) {
                weights.add(c.credit());
            }
            if (single && !c.equalsSign() && c.credit() > 0) {
                out.warn(line, "partial-credit-ignored", "单选题中部分得分的选项「" + GiftText.unescape(c.text())
                        + "」按错误选项处理", title);
            }
        }
        if (!single && correct.isEmpty()) {
            throw new ExamException("no-correct-answer", "没有标明正确答案（= 或正权重 ~%n%）");
        }
        if (!single && weights.size() > 1) {
            out.warn(line, "weights-ignored", "多选题各正确选项的权重不同，已改按试卷的多选题评分规则评分", title);
        }
        return new Question("tmp", CategoryPath.ROOT, single ? QuestionType.SINGLE : QuestionType.MULTIPLE, "", stem,
                options, new AnswerKey.Choices(correct), Points.ONE, "", true);
    }

    /** Escapes resolved; HTML converted to plain text when the question is marked {@code [html]}. */
    private static String text(String raw, boolean html, int line, String title, ImportCollector out) {
        String plain = GiftText.unescape(raw);
        if (!html) {
            return plain;
        }
        HtmlText.Result result = HtmlText.toPlain(plain);
        if (result.mediaRemoved()) {
            out.warn(line, "media-removed", "文本中的图片、音视频等内容已移除（只导入文字）", title);
        }
        return result.text();
    }

    private static String excerpt(String body) {
        if (body.startsWith("::")) {
            int end = GiftText.indexOf(body, "::", 2);
            if (end > 2) {
                return GiftText.unescape(body.substring(2, end));
            }
        }
        return body;
    }
}
