package cn.gov.egov.portal.people.admin;

import java.util.UUID;

/** A stored 单位/部门: a node of the unit tree under one region; {@code path} is its names joined by '/'. */
public record OrgUnit(UUID id, String regionCode, UUID parentId, String name, String path, int depth,
                      boolean active) implements java.io.Serializable {
}
