package cn.gov.egov.portal.people.admin;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.security.PortalUser;

/**
 * 人员管理: people of the administrator's region subtree, paged and filtered; deactivate (停用) and reactivate
 * instead of delete, so learning history stays. Scoped and audited on the server.
 */
@Service
public class PersonService {

    private final PersonRepository people;
    private final OrgUnitService units;
    private final PeopleScope scope;
    private final PeopleAudit audit;
    private final Clock clock;

    public PersonService(PersonRepository people, OrgUnitService units, PeopleScope scope, PeopleAudit audit,
                         Clock clock) {
        this.people = people;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Person> page(PortalUser actor, PersonFilter filter, int offset, int limit) {
        return people.page(codes(actor, filter), filter, offset, limit);
    }

    public int count(PortalUser actor, PersonFilter filter) {
        return people.count(codes(actor, filter), filter);
    }

    @Transactional
    public void deactivate(PortalUser actor, UUID id) {
        Person p = get(actor, "USER_DEACTIVATE", id);
        if (p.id().equals(actor.id())) {
            throw new PeopleInputException("self", "不能停用自己的账号");
        }
        people.setActive(id, false, clock.instant());
        audit.ok(actor, "USER_DEACTIVATE", p.username(), p.regionCode(), null);
    }

    @Transactional
    public void reactivate(PortalUser actor, UUID id) {
        Person p = get(actor, "USER_REACTIVATE", id);
        people.setActive(id, true, clock.instant());
        audit.ok(actor, "USER_REACTIVATE", p.username(), p.regionCode(), null);
    }

    private Person get(PortalUser actor, String action, UUID id) {
        Person p = people.find(id).orElse(null);
        if (p == null) {
            scope.requireAdministrator(actor, action);
            throw new PeopleInputException("not-found", "人员不存在");
        }
        scope.require(actor, action, p.username(), p.regionCode());
        return p;
    }

    private List<String> codes(PortalUser actor, PersonFilter filter) {
        String region = filter.regionCode() == null ? actor.regionCode() : filter.regionCode();
        scope.require(actor, "USER_LIST", region, region);
        if (filter.departmentId() != null) {
            units.get(actor, "USER_LIST", filter.departmentId());
        }
        return scope.regions().subtree(region).stream().map(cn.gov.egov.region.Region::code).toList();
    }
}
