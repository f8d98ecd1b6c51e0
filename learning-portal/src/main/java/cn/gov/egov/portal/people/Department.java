package cn.gov.egov.portal.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.gov.egov.region.Region;

/**
 * 单位/部门: an organisation unit in a region, optionally inside a parent unit of the same region (e.g. 昆明市财政局 /
 * 预算处). Identity is the region and the whole path of names, so two regions may both have a 财政局.
 *
 * @param parent the enclosing unit, or null for a top-level unit of the region
 */
public record Department(String regionCode, String name, Department parent) {

    /** At most this many characters per level (a unit's full official name fits easily). */
    public static final int MAX_NAME_LENGTH = 50;
    /** At most this many levels, 单位 / 部门 / 科室 … */
    public static final int MAX_DEPTH = 5;
    /** Separates the levels of a path in the roster, e.g. {@code 昆明市财政局/预算处}. */
    public static final String SEPARATOR = "/";

    public Department {
        if (!Region.isWellFormedCode(regionCode)) {
            throw new PeopleException("department-region", "单位所属地区必须是六位行政区划代码：" + regionCode);
        }
        if (name == null || name.isBlank()) {
            throw new PeopleException("department-name-missing", "单位/部门名称不能为空");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new PeopleException("department-name-too-long",
                    "单位/部门名称不能超过 " + MAX_NAME_LENGTH + " 个字：" + name);
        }
        if (name.contains(SEPARATOR) || !name.equals(name.strip())) {
            throw new PeopleException("department-name-invalid", "单位/部门名称不能含“/”或首尾空格：" + name);
        }
        if (parent != null && !parent.regionCode.equals(regionCode)) {
            throw new PeopleException("department-parent-region", "上级单位必须属于同一地区：" + name);
        }
        if (parent != null && parent.depth() >= MAX_DEPTH) {
            throw new PeopleException("department-too-deep", "单位/部门最多 " + MAX_DEPTH + " 级：" + name);
        }
    }

    /** A top-level unit of a region. */
    public static Department of(String regionCode, String name) {
        return new Department(regionCode, name, null);
    }

    /** A unit inside this one. */
    public Department child(String childName) {
        return new Department(regionCode, childName, this);
    }

    /** 1 for a top-level unit. */
    public int depth() {
        return parent == null ? 1 : parent.depth() + 1;
    }

    /** The names from the top-level unit down to this one. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Department d = this; d != null; d = d.parent) {
            names.add(d.name);
        }
        Collections.reverse(names);
        return List.copyOf(names);
    }

    /** The path as written in a roster: {@code 昆明市财政局/预算处}. */
    public String path() {
        return String.join(SEPARATOR, names());
    }

    /** This unit and its ancestors, top-level first: the order in which they must be created. */
    public List<Department> lineage() {
        List<Department> line = new ArrayList<>();
        for (Department d = this; d != null; d = d.parent) {
            line.add(d);
        }
        Collections.reverse(line);
        return List.copyOf(line);
    }

    @Override
    public String toString() {
        return regionCode + ":" + path();
    }
}
