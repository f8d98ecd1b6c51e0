package cn.gov.egov.portal.learning.course;

import java.util.regex.Pattern;

/** Checks and tidies the text administrators type (titles, summaries). Plain Java. */
public final class CourseText {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 4000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]|[\\u2028\\u2029\\u202e]");

    private CourseText() {
    }

    /** The stripped title; refuses an empty, overlong or control-character title. */
    public static String title(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new CourseException("title-empty", "标题不能为空");
        }
        if (t.length() > MAX_TITLE) {
            throw new CourseException("title-too-long", "标题最多 " + MAX_TITLE + " 个字符");
        }
        if (CONTROL.matcher(t).find() || t.contains("\n")) {
            throw new CourseException("title-bad", "标题不能包含控制字符或换行");
        }
        return t;
    }

    /** The stripped summary ("" when none); refuses an overlong one or control characters other than line breaks. */
    public static String summary(String summary) {
        String s = summary == null ? "" : summary.strip();
        if (s.length() > MAX_SUMMARY) {
            throw new CourseException("summary-too-long", "简介最多 " + MAX_SUMMARY + " 个字符");
        }
        if (CONTROL.matcher(s).find()) {
            throw new CourseException("summary-bad", "简介不能包含控制字符");
        }
        return s;
    }
}
