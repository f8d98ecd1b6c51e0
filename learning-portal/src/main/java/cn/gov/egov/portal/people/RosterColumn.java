package cn.gov.egov.portal.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of a roster, in template order. A header cell names a column by its title or one of its aliases;
 * matching ignores spaces, case, a required-marker {@code *} and a bracketed hint such as {@code （必填）}.
 */
public enum RosterColumn {
    NAME("姓名", true),
    USERNAME("工号/用户名", true, "工号", "用户名", "账号", "登录名", "登录账号", "用户名/工号"),
    ID_NUMBER("身份证号", false, "身份证号码", "公民身份号码", "身份证"),
    PHONE("手机号", false, "手机号码", "手机", "移动电话"),
    EMAIL("电子邮箱", false, "邮箱", "电子邮件", "邮件地址", "email", "e-mail"),
    REGION("所属地区", true, "地区", "所在地区", "行政区划", "区划代码", "地区代码"),
    DEPARTMENT("单位/部门", true, "单位", "部门", "工作单位", "所在单位", "单位名称", "单位部门"),
    RANK("职级", false, "职务职级", "职务/职级", "职级/职务"),
    ROLE("角色", false, "用户角色");

    private static final Pattern DECORATION = Pattern.compile("[*＊]|[（(][^）)]*[）)]");
    private static final Map<String, RosterColumn> BY_TITLE = Arrays.stream(values())
            .flatMap(c -> Stream.concat(Stream.of(c.title), c.aliases.stream()).map(t -> Map.entry(key(t), c)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String title;
    private final boolean required;
    private final List<String> aliases;

    RosterColumn(String title, boolean required, String... aliases) {
        this.title = title;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The title written by the template and the error report. */
    public String title() {
        return title;
    }

    /** A required column must be in the header; its cells must not be blank. */
    public boolean required() {
        return required;
    }

    public static List<RosterColumn> requiredColumns() {
        return Arrays.stream(values()).filter(RosterColumn::required).toList();
    }

    /** The column a header cell names, if any. */
    public static Optional<RosterColumn> forTitle(String headerCell) {
        return Optional.ofNullable(BY_TITLE.get(key(headerCell)));
    }

    private static String key(String title) {
        String plain = DECORATION.matcher(Text.compact(title)).replaceAll("");
        return plain.replace('／', '/').toLowerCase(Locale.ROOT);
    }
}
