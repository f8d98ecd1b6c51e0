package cn.gov.egov.conference.bridge;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.gov.egov.conference.audit.AuditLog;
import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.conference.authority.ForbiddenException;
import cn.gov.egov.conference.system.errors.DuplicateException;
import cn.gov.egov.conference.system.errors.NotFoundException;
import cn.gov.egov.conference.system.errors.StaleVersionException;
import cn.gov.egov.region.RegionTree;

/**
 * Bridges as administrators see and change them. Any administrator sees the bridges that serve their region (in
 * their subtree or above it); only system administrators add, change or remove bridges of their subtree. Every
 * change is audited; after a change the bridges are polled again at once.
 */
@Service
public class BridgeService {

    private final BridgeRepository bridges;
    private final BridgeRegistry registry;
    private final Authority authority;
    private final RegionTree regions;
    private final AuditLog audit;
    private final Clock clock;

    public BridgeService(BridgeRepository bridges, BridgeRegistry registry, Authority authority, RegionTree regions,
                         AuditLog audit, Clock clock) {
        this.bridges = bridges;
        this.registry = registry;
        this.authority = authority;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<BridgeStatus> list(Actor actor) {
        if (actor == null || !actor.isAdministrator()) {
            throw new ForbiddenException("only region or system administrators see the bridges", null);
        }
        return registry.all().stream().filter(s -> regions.isWithin(s.bridge().regionCode(), actor.regionCode())
                || regions.isWithin(actor.regionCode(), s.bridge().regionCode())).toList();
    }

    public BridgeStatus add(Actor actor, BridgeDraft draft) {
        Bridge b = draft.validate(regions, "RUNTIME", 0);
        requireSystemAdmin(actor, b.regionCode());
        if (!bridges.insert(b, clock.instant())) {
            throw new DuplicateException("bridge.duplicate", "a bridge named " + b.id() + " exists already");
        }
        audit.allowed(actor, "BRIDGE_ADD", "BRIDGE", b.id(), b.regionCode(), describe(b));
        return refreshed(b.id());
    }

    public BridgeStatus update(Actor actor, String id, BridgeDraft draft, long expectedVersion) {
        Bridge before = bridges.find(id).orElseThrow(() -> new NotFoundException("no bridge " + id));
        requireSystemAdmin(actor, before.regionCode());
        Bridge after = new BridgeDraft(id, draft.url(), draft.regionCode(), draft.capacity(), draft.enabled())
                .validate(regions, before.source(), before.version());
        requireSystemAdmin(actor, after.regionCode());
        if (!bridges.update(after, expectedVersion, clock.instant())) {
            throw new StaleVersionException("bridge " + id, before.version());
        }
        audit.allowed(actor, "BRIDGE_UPDATE", "BRIDGE", id, after.regionCode(), "before: " + describe(before)
                + " | after: " + describe(after));
        return refreshed(id);
    }

    public void remove(Actor actor, String id) {
        Bridge b = bridges.find(id).orElseThrow(() -> new NotFoundException("no bridge " + id));
        requireSystemAdmin(actor, b.regionCode());
        if (!bridges.delete(id)) {
            throw new DuplicateException("bridge.configured", "bridge " + id + " comes from the configuration; "
                    + "disable it here or remove it from the configuration");
        }
        audit.allowed(actor, "BRIDGE_REMOVE", "BRIDGE", id, b.regionCode(), describe(b));
        registry.poll();
    }

    private BridgeStatus refreshed(String id) {
        registry.poll();
        return registry.get(id).orElseThrow();
    }

    private void requireSystemAdmin(Actor actor, String region) {
        if (actor == null || actor.role() != Actor.Role.SYSTEM_ADMIN) {
            throw new ForbiddenException("only system administrators manage video bridges", region);
        }
        authority.requireManage(actor, region);
    }

    private static String describe(Bridge b) {
        return "url=" + b.baseUrl() + ", region=" + b.regionCode() + ", capacity=" + b.capacity() + ", enabled="
                + b.enabled();
    }
}
