package cn.gov.egov.portal.people.admin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.people.Department;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 单位/部门 management: create, rename, move, deactivate, reactivate. Region-scoped on the server: an administrator
 * changes only units of their region subtree, and every change and refusal is audited. Moves stay within the unit's
 * region; deactivating a unit deactivates the units below it (people keep pointing at them, so history stays).
 */
@Service
public class OrgUnitService {

    private final OrgUnitRepository units;
    private final PeopleScope scope;
    private final PeopleAudit audit;
    private final Clock clock;

    public OrgUnitService(OrgUnitRepository units, PeopleScope scope, PeopleAudit audit, Clock clock) {
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The units of one region the actor administers, active or not, parents before children. */
    public List<OrgUnit> list(PortalUser actor, String regionCode) {
        scope.require(actor, "DEPARTMENT_LIST", regionCode, regionCode);
        return units.inRegions(List.of(regionCode));
    }

    /** The units of a region and every region below it, for filters (a province has a few thousand). */
    public List<OrgUnit> listSubtree(PortalUser actor, String regionCode) {
        scope.require(actor, "DEPARTMENT_LIST", regionCode, regionCode);
        return units.inRegions(scope.regions().subtree(regionCode).stream().map(cn.gov.egov.region.Region::code)
                .toList());
    }

    @Transactional
    public OrgUnit create(PortalUser actor, String regionCode, UUID parentId, String rawName) {
        scope.require(actor, "DEPARTMENT_CREATE", rawName, regionCode);
        String name = checkName(rawName);
        OrgUnit parent = parentId == null ? null : get(actor, "DEPARTMENT_CREATE", parentId);
        if (parent != null && !parent.regionCode().equals(regionCode)) {
            throw new PeopleInputException("parent-other-region", "上级单位不在同一地区");
        }
        if (parent != null && !parent.active()) {
            throw new PeopleInputException("parent-inactive", "上级单位已停用");
        }
        int depth = parent == null ? 1 : parent.depth() + 1;
        if (depth > Department.MAX_DEPTH) {
            throw new PeopleInputException("too-deep", "单位最多 " + Department.MAX_DEPTH + " 级");
        }
        String path = parent == null ? name : parent.path() + Department.SEPARATOR + name;
        requireFree(regionCode, path);
        OrgUnit unit = new OrgUnit(UUID.randomUUID(), regionCode, parentId, name, path, depth, true);
        units.insert(unit, clock.instant());
        audit.ok(actor, "DEPARTMENT_CREATE", path, regionCode, null);
        return unit;
    }

    @Transactional
    public OrgUnit rename(PortalUser actor, UUID id, String rawName) {
        OrgUnit unit = get(actor, "DEPARTMENT_RENAME", id);
        String name = checkName(rawName);
        String parentPath = unit.path().substring(0, unit.path().length() - unit.name().length());
        String path = parentPath + name;
        if (!path.equals(unit.path())) {
            requireFree(unit.regionCode(), path);
        }
        units.relocate(unit, unit.parentId(), name, path, unit.depth(), clock.instant());
        audit.ok(actor, "DEPARTMENT_RENAME", unit.path() + " → " + path, unit.regionCode(), null);
        return units.find(id).orElseThrow();
    }

    /** Moves a unit (with everything below it) under another unit of its region, or to the top when null. */
    @Transactional
    public OrgUnit move(PortalUser actor, UUID id, UUID newParentId) {
        OrgUnit unit = get(actor, "DEPARTMENT_MOVE", id);
        OrgUnit parent = newParentId == null ? null : get(actor, "DEPARTMENT_MOVE", newParentId);
        if (parent != null) {
            if (!parent.regionCode().equals(unit.regionCode())) {
                throw new PeopleInputException("parent-other-region", "只能在同一地区内移动单位");
            }
            if (parent.id().equals(unit.id()) || parent.path().startsWith(unit.path() + Department.SEPARATOR)) {
                throw new PeopleInputException("move-into-itself", "不能把单位移到它自己或它的下级单位下");
            }
        }
        int depth = parent == null ? 1 : parent.depth() + 1;
        List<OrgUnit> below = units.subtree(unit);
        int deepest = below.stream().mapToInt(OrgUnit::depth).max().orElse(unit.depth());
        if (deepest - unit.depth() + depth > Department.MAX_DEPTH) {
            throw new PeopleInputException("too-deep", "单位最多 " + Department.MAX_DEPTH + " 级");
        }
        String path = parent == null ? unit.name() : parent.path() + Department.SEPARATOR + unit.name();
        if (!path.equals(unit.path())) {
            requireFree(unit.regionCode(), path);
        }
        units.relocate(unit, newParentId, unit.name(), path, depth, clock.instant());
        audit.ok(actor, "DEPARTMENT_MOVE", unit.path() + " → " + path, unit.regionCode(), null);
        return units.find(id).orElseThrow();
    }

    @Transactional
    public void deactivate(PortalUser actor, UUID id) {
        OrgUnit unit = get(actor, "DEPARTMENT_DEACTIVATE", id);
        List<UUID> ids = units.subtree(unit).stream().map(OrgUnit::id).toList();
        units.setActive(ids, false, clock.instant());
        audit.ok(actor, "DEPARTMENT_DEACTIVATE", unit.path(), unit.regionCode(), ids.size() + " unit(s)");
    }

    /** Reactivates one unit (not the ones below it); its parent must be active. */
    @Transactional
    public void reactivate(PortalUser actor, UUID id) {
        OrgUnit unit = get(actor, "DEPARTMENT_REACTIVATE", id);
        if (unit.parentId() != null && !units.find(unit.parentId()).map(OrgUnit::active).orElse(false)) {
            throw new PeopleInputException("parent-inactive", "上级单位已停用，请先启用上级单位");
        }
        units.setActive(List.of(id), true, clock.instant());
        audit.ok(actor, "DEPARTMENT_REACTIVATE", unit.path(), unit.regionCode(), null);
    }

    /** The unit, if it exists and lies in the actor's subtree; refused and audited otherwise. */
    public OrgUnit get(PortalUser actor, String action, UUID id) {
        Optional<OrgUnit> unit = units.find(id);
        if (unit.isEmpty()) {
            scope.requireAdministrator(actor, action);
            throw new PeopleInputException("not-found", "单位不存在");
        }
        scope.require(actor, action, unit.get().path(), unit.get().regionCode());
        return unit.get();
    }

    static String checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new PeopleInputException("name-blank", "请填写单位名称");
        }
        if (name.length() > Department.MAX_NAME_LENGTH) {
            throw new PeopleInputException("name-too-long", "单位名称不能超过 " + Department.MAX_NAME_LENGTH + " 个字");
        }
        if (name.contains(Department.SEPARATOR)) {
            throw new PeopleInputException("name-slash", "单位名称不能包含“/”");
        }
        return name;
    }

    private void requireFree(String regionCode, String path) {
        if (units.findByPath(regionCode, path).isPresent()) {
            throw new PeopleInputException("name-taken", "同一上级下已有同名单位");
        }
    }
}
