package cn.gov.egov.conference.audit.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.audit.AuditEntry;
import cn.gov.egov.conference.audit.AuditLog;
import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.conference.authority.CurrentActor;
import cn.gov.egov.conference.system.web.PageParams;
import cn.gov.egov.region.RegionTree;

/** The audit log of a region subtree, for its administrators. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog audit;
    private final Authority authority;
    private final RegionTree regions;

    AuditController(AuditLog audit, Authority authority, RegionTree regions) {
        this.audit = audit;
        this.authority = authority;
        this.regions = regions;
    }

    @GetMapping
    List<AuditEntry> find(@RequestParam("region") String region,
                          @RequestParam(value = "actor", required = false) String actor,
                          @RequestParam(value = "action", required = false) String action,
                          @RequestParam(value = "from", required = false) Instant from,
                          @RequestParam(value = "to", required = false) Instant to,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        PageParams.check(page, size);
        Actor a = CurrentActor.require();
        authority.requireManage(a, region);
        String prefix = regions.get(region).subtreePrefix();
        return audit.find(new AuditLog.AuditQuery(prefix, blank(actor), blank(action), from, to, page, size));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
