package cn.gov.egov.portal.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.egov.portal.security.Role;

/**
 * The 角色 a roster may give, by their Chinese names (as in the portal's translations). A blank cell means 学员.
 * 系统管理员 is never granted by a roster: it is the one role above every region, given one by one.
 */
public final class RosterRoles {

    public static final Role DEFAULT = Role.LEARNER;

    private static final Map<String, Role> IMPORTABLE = new LinkedHashMap<>();

    static {
        IMPORTABLE.put("学员", Role.LEARNER);
        IMPORTABLE.put("课程管理员", Role.COURSE_ADMIN);
        IMPORTABLE.put("区域管理员", Role.REGION_ADMIN);
    }

    private static final Map<String, Role> ALIASES = Map.of("地区管理员", Role.REGION_ADMIN,
            "系统管理员", Role.SYSTEM_ADMIN, "超级管理员", Role.SYSTEM_ADMIN);

    private RosterRoles() {
    }

    /** The names a roster may use, for the template's drop-down. */
    public static List<String> labels() {
        return List.copyOf(IMPORTABLE.keySet());
    }

    /** The role a cell names (importable or not), empty when it names none. */
    static Optional<Role> parse(String text) {
        String key = Text.compact(text);
        return Optional.ofNullable(IMPORTABLE.getOrDefault(key, ALIASES.get(key)));
    }

    static boolean importable(Role role) {
        return IMPORTABLE.containsValue(role);
    }
}
