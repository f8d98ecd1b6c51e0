package cn.gov.egov.portal.learning.exam.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.bank.SafeText;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Moodle XML: the supported types, every unsupported one reported, broken and hostile files refused. */
class MoodleXmlImporterTest {

    static final CategoryPath INTO = CategoryPath.of("导入");

    final MoodleXmlImporter importer = new MoodleXmlImporter(new SplittableRandom(8));

    static InputStream fixture(String name) {
        InputStream in = MoodleXmlImporterTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    static InputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static Question named(ImportReport report, String name) {
        return report.imported().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    static ImportException refused(Runnable call) {
        try {
            call.run();
        } catch (ImportException e) {
            assertThat(e.getMessage()).containsPattern("\\p{IsHan}");
            return e;
        }
        throw new AssertionError("expected an ImportException");
    }

    @Test
    void importsTheSupportedTypesWithCategoriesPointsAndExplanations() {
        ImportReport report = importer.importFrom(fixture("moodle-all-types.xml"), INTO);
        assertThat(report.imported()).extracting(Question::name).containsExactly("安全生产法施行时间",
                "生产经营单位主要负责人职责", "权重不同的多选题", "三同时", "火警电话", "带图片的单选题");

        Question single = named(report, "安全生产法施行时间");
        assertThat(single.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(single.category()).isEqualTo(CategoryPath.of("导入", "安全生产", "法规"));
        assertThat(single.stem()).isEqualTo("现行《安全生产法》自哪一年起施行？");
        assertThat(single.options()).extracting(o -> o.text()).containsExactly("2002 年", "2014 年", "2021 年");
        assertThat(single.key()).isEqualTo(new AnswerKey.Choices(Set.of(single.options().get(2).id())));
        assertThat(single.points()).isEqualTo(new BigDecimal("2.00"));
        assertThat(single.explanation()).isEqualTo("2021 年修正，“三管三必须”。");
        assertThat(single.id()).matches("imp-[0-9a-f]{16}");

        Question multiple = named(report, "生产经营单位主要负责人职责");
        assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(((AnswerKey.Choices) multiple.key()).correctOptionIds()).containsExactlyInAnyOrder("o1", "o2");
        assertThat(multiple.shuffleOptions()).isFalse();
        assertThat(multiple.points()).isEqualTo(new BigDecimal("3.00"));

        Question tf = named(report, "三同时");
        assertThat(tf.key()).isEqualTo(new AnswerKey.Judgement(true));

        Question fill = named(report, "火警电话");
        assertThat(fill.category()).isEqualTo(CategoryPath.of("导入", "安全生产", "消防／应急"));
        assertThat(fill.key()).isEqualTo(new AnswerKey.Accepted(List.of("119"), FillInRule.DEFAULT));

        assertThat(named(report, "带图片的单选题").stem()).isEqualTo("下图标志表示什么？");
        assertThat(QuestionBank.of(report.imported()).size()).isEqualTo(6);
    }

    @Test
    void reportsEverySkippedItemWithReasonAndLine() {
        ImportReport report = importer.importFrom(fixture("moodle-all-types.xml"), INTO);
        assertThat(report.skipped()).extracting(ImportIssue::line, ImportIssue::code, ImportIssue::excerpt)
                .containsExactly(
                        tuple(68, "single-needs-one-correct", "没有正确答案的单选题"),
                        tuple(76, "unsupported-type", "论述题"),
                        tuple(81, "unsupported-type", "匹配题"),
                        tuple(86, "unsupported-type", "数值题"),
                        tuple(91, "unsupported-type", "计算题"),
                        tuple(96, "unsupported-type", "完形填空"),
                        tuple(101, "unsupported-type", "拖放文字"),
                        tuple(106, "unsupported-type", "下拉选词"),
                        tuple(111, "unsupported-type", "说明"),
                        tuple(116, "unsupported-type", "第三方题型"));
        assertThat(report.skipped().get(1).message()).isEqualTo("不支持的题型：问答题（essay）");
        assertThat(report.skipped().get(5).message()).contains("Cloze");
        assertThat(report.skipped().getLast().describe()).isEqualTo("第 116 行「第三方题型」：不支持的题型：hotspot");
        assertThat(report.warnings()).extracting(ImportIssue::line, ImportIssue::code).containsExactly(
                tuple(31, "weights-ignored"),
                tuple(51, "wildcard-unsupported"),
                tuple(51, "partial-credit-ignored"),
                tuple(60, "media-removed"));
        assertThat(report.summary()).isEqualTo("导入 6 道试题，跳过 10 项，提示 4 条");
    }

    @Test
    void htmlWithScriptsIsReducedToTextThatRendersEscaped() {
        ImportReport report = importer.importFrom(fixture("moodle-script.xml"), INTO);
        assertThat(report.skipped()).isEmpty();
        Question q = report.imported().getFirst();
        assertThat(q.stem()).as("script content dropped; encoded markup kept as mere text")
                .isEqualTo("请选择正确的说法\n<script>alert('encoded')</script>");
        assertThat(q.options()).extracting(o -> o.text()).containsExactly("正确", "错误");
        assertThat(q.explanation()).isEqualTo("解析");
        assertThat(SafeText.toHtml(q.stem())).isEqualTo(
                "请选择正确的说法<br>&lt;script&gt;alert(&#39;encoded&#39;)&lt;/script&gt;");
        assertThat(String.join(" ", q.stem(), q.explanation(), q.options().toString()))
                .doesNotContain("alert('stem')", "onerror", "onclick", "onmouseover", "javascript:", "display:none");
        assertThat(report.warnings()).extracting(ImportIssue::code).containsExactly("media-removed", "media-removed");
    }

    @Test
    void brokenXmlFailsAsAWholeWithLineAndColumn() {
        ImportException e = refused(() -> importer.importFrom(fixture("moodle-broken.xml"), INTO));
        assertThat(e.code()).isEqualTo("xml-malformed");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith("XML 格式错误（第 12 行第 " + e.column() + " 列）");
        assertThat(refused(() -> importer.importFrom(xml(""), INTO)).code()).isEqualTo("xml-malformed");
        assertThat(refused(() -> importer.importFrom(xml("<quiz><question type=\"essay\">"), INTO)).code())
                .isEqualTo("xml-malformed");
    }

    @Test
    void anXxeAttemptIsRefusedBeforeAnyEntityIsResolved() {
        ImportException e = refused(() -> importer.importFrom(fixture("moodle-xxe.xml"), INTO));
        assertThat(e.code()).isEqualTo("xml-doctype-forbidden");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void billionLaughsAndAnInternalSubsetAreRefusedToo() {
        String lol = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <quiz><question type="truefalse"><questiontext><text>&lol2;</text></questiontext></question></quiz>
                """;
        assertThat(refused(() -> importer.importFrom(xml(lol), INTO)).code()).isEqualTo("xml-doctype-forbidden");
        String hidden = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                + "<!DOCTYPE quiz SYSTEM \"http://evil/x.dtd\"><quiz/>";
        ImportException e = refused(() -> importer.importFrom(
                new ByteArrayInputStream(hidden.getBytes(StandardCharsets.UTF_16)), INTO));
        assertThat(e.code()).as("not visible to the byte scan: the parser's own DOCTYPE ban")
                .isEqualTo("xml-malformed");
        byte[] clean = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><quiz/>".getBytes(StandardCharsets.UTF_16);
        assertThat(importer.importFrom(new ByteArrayInputStream(clean), INTO).imported()).as("UTF-16 itself is fine")
                .isEmpty();
    }

    @Test
    void sizeDepthAndElementCountAreBounded() {
        MoodleXmlImporter small = new MoodleXmlImporter(new ImportLimits(200, 10, 6, 50), new SplittableRandom(1));
        assertThat(refused(() -> small.importFrom(xml("<quiz>" + " ".repeat(300) + "</quiz>"), INTO)).code())
                .isEqualTo("file-too-large");
        assertThat(refused(() -> small.importFrom(xml("<quiz><a><b><c><d><e><f/></e></d></c></b></a></quiz>"),
                INTO)).code()).isEqualTo("xml-too-deep");
        MoodleXmlImporter fewElements = new MoodleXmlImporter(new ImportLimits(10_000, 10, 6, 20),
                new SplittableRandom(1));
        assertThat(refused(() -> fewElements.importFrom(xml("<quiz>" + "<x/>".repeat(30) + "</quiz>"), INTO))
                .code()).isEqualTo("xml-too-large");
        String twelve = "<quiz>" + "<question type=\"essay\"/>".repeat(11) + "</quiz>";
        assertThat(refused(() -> fewElements.importFrom(xml(twelve), INTO)).code()).isEqualTo("too-many-questions");
    }

    @Test
    void aFileThatIsNotMoodleXmlIsNamedAsSuch() {
        ImportException e = refused(() -> importer.importFrom(xml("<html><body/></html>"), INTO));
        assertThat(e.code()).isEqualTo("not-moodle-xml");
        assertThat(e.getMessage()).contains("<html>");
    }

    @Test
    void categoryPathsDropTheContextAndTop() {
        assertThat(MoodleXmlImporter.categoryPath("$course$/top/Default for 安全/法规"))
                .isEqualTo(CategoryPath.of("Default for 安全", "法规"));
        assertThat(MoodleXmlImporter.categoryPath("$system$/top")).isEqualTo(CategoryPath.ROOT);
        assertThat(MoodleXmlImporter.categoryPath("A//B/C")).isEqualTo(CategoryPath.of("A／B", "C"));
        assertThat(MoodleXmlImporter.categoryPath("top/安全")).isEqualTo(CategoryPath.of("安全"));
    }
}
