package cn.gov.egov.portal.learning.exam.imports;

import java.util.Map;

/** Chinese names of the Moodle question types the portal does not grade, for the skip report. */
final class UnsupportedTypes {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("essay", "问答题"), Map.entry("matching", "匹配题"), Map.entry("numerical", "数值题"),
            Map.entry("calculated", "计算题"), Map.entry("calculatedsimple", "简单计算题"),
            Map.entry("calculatedmulti", "计算选择题"), Map.entry("multianswer", "嵌入式答案（Cloze）题"),
            Map.entry("ddwtos", "拖放文字题"), Map.entry("ddimageortext", "拖放图文题"),
            Map.entry("ddmarker", "拖放标记题"), Map.entry("gapselect", "下拉选词题"),
            Map.entry("description", "说明文字（不是试题）"), Map.entry("randomsamatch", "随机简答匹配题"),
            Map.entry("random", "随机题"), Map.entry("ordering", "排序题"));

    private UnsupportedTypes() {
    }

    /** 不支持的题型：问答题（essay） */
    static String message(String type) {
        String name = NAMES.get(type);
        return name != null ? "不支持的题型：" + name + "（" + type + "）" : "不支持的题型：" + type;
    }
}
