package cn.gov.egov.portal.people;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;

/**
 * The checks of single cells. Each returns the normalised value, or null after adding its error (a blank optional
 * cell is null without error).
 */
final class FieldRules {

    static final int MAX_NAME_LENGTH = 50;
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern PHONE_NOISE = Pattern.compile("[\\s\\-()（）]");
    private static final int MAX_EMAIL_LENGTH = 254;

    private FieldRules() {
    }

    /** Required; spaces between Chinese characters (张　三, used to align two-character names) are dropped. */
    static String name(RosterRow row, List<RowError> errors) {
        String name = row.name();
        if (name.isEmpty()) {
            errors.add(RowError.of(row.number(), RowProblem.NAME_MISSING, "姓名不能为空"));
            return null;
        }
        if (name.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
                .allMatch(c -> UnicodeScript.of(c) == UnicodeScript.HAN || c == '·' || c == '•')) {
            name = Text.compact(name);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            errors.add(RowError.of(row.number(), RowProblem.NAME_TOO_LONG, "姓名不能超过 " + MAX_NAME_LENGTH + " 个字"));
            return null;
        }
        return name;
    }

    /** Required; lower-cased, then the portal's username pattern. */
    static String username(RosterRow row, List<RowError> errors) {
        String username = row.username().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            errors.add(RowError.of(row.number(), RowProblem.USERNAME_MISSING, "工号/用户名不能为空"));
            return null;
        }
        if (!PortalUser.USERNAME.matcher(username).matches()) {
            errors.add(RowError.of(row.number(), RowProblem.USERNAME_INVALID, "用户名「" + row.username()
                    + "」不符合要求：2–64 位小写字母、数字或 . _ -，以字母或数字开头（大写字母会自动转为小写）"));
            return null;
        }
        return username;
    }

    /** Optional; 11 digits starting 1, spaces and hyphens and a +86 prefix allowed. */
    static String phone(RosterRow row, List<RowError> errors) {
        String phone = PHONE_NOISE.matcher(row.phone()).replaceAll("");
        if (phone.isEmpty()) {
            return null;
        }
        if (phone.startsWith("+86")) {
            phone = phone.substring(3);
        } else if (phone.length() == 13 && phone.startsWith("86")) {
            phone = phone.substring(2);
        }
        if (!PHONE.matcher(phone).matches()) {
            errors.add(RowError.of(row.number(), RowProblem.PHONE_INVALID,
                    "手机号「" + row.phone() + "」不正确：应为 11 位数字，以 1 开头"));
            return null;
        }
        return phone;
    }

    /** Optional; one plain address as the portal accepts it. */
    static String email(RosterRow row, List<RowError> errors) {
        String email = row.email();
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > MAX_EMAIL_LENGTH || !PortalUser.EMAIL.matcher(email).matches()) {
            errors.add(RowError.of(row.number(), RowProblem.EMAIL_INVALID,
                    "电子邮箱「" + email + "」格式不正确，应为一个地址，如 zhangsan@km.gov.cn"));
            return null;
        }
        return email;
    }

    /** Optional; an official rank or a short form. */
    static Rank rank(RosterRow row, List<RowError> errors) {
        if (row.rank().isEmpty()) {
            return null;
        }
        Optional<Rank> rank = Rank.parse(row.rank());
        if (rank.isEmpty()) {
            errors.add(RowError.of(row.number(), RowProblem.RANK_UNKNOWN, "未知职级「" + row.rank()
                    + "」，请从下拉列表选择，如 一级科员、四级主任科员、二级调研员、县处级正职"));
        }
        return rank.orElse(null);
    }

    /** Blank means 学员; 系统管理员 is refused. */
    static Role role(RosterRow row, List<RowError> errors) {
        if (row.role().isEmpty()) {
            return RosterRoles.DEFAULT;
        }
        Optional<Role> role = RosterRoles.parse(row.role());
        if (role.isEmpty()) {
            errors.add(RowError.of(row.number(), RowProblem.ROLE_UNKNOWN, "未知角色「" + row.role() + "」，可填："
                    + String.join("、", RosterRoles.labels()) + "（不填即为学员）"));
            return null;
        }
        if (!RosterRoles.importable(role.get())) {
            errors.add(RowError.of(row.number(), RowProblem.ROLE_NOT_ALLOWED,
                    "不能通过花名册设置「" + row.role() + "」，请由系统管理员在用户管理中单独设置"));
            return null;
        }
        return role.get();
    }

    /** Required; up to five levels separated by “/”, each 1–50 characters. */
    static List<String> departmentNames(RosterRow row, List<RowError> errors) {
        String path = row.department();
        if (path.isEmpty()) {
            errors.add(RowError.of(row.number(), RowProblem.DEPARTMENT_MISSING, "单位/部门不能为空"));
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String part : path.replace('／', '/').split("/", -1)) {
            names.add(Text.clean(part));
        }
        if (names.size() > Department.MAX_DEPTH || names.stream().anyMatch(String::isEmpty)) {
            errors.add(RowError.of(row.number(), RowProblem.DEPARTMENT_PATH_INVALID, "单位/部门「" + path
                    + "」不正确：最多 " + Department.MAX_DEPTH + " 级，用“/”分隔上下级，每级名称不能为空"));
            return null;
        }
        for (String name : names) {
            if (name.length() > Department.MAX_NAME_LENGTH) {
                errors.add(RowError.of(row.number(), RowProblem.DEPARTMENT_NAME_TOO_LONG, "单位/部门名称「" + name
                        + "」超过 " + Department.MAX_NAME_LENGTH + " 个字（共 " + name.length() + " 个字）"));
                return null;
            }
        }
        return names;
    }
}
