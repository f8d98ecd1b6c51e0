package cn.gov.egov.portal.learning.rules;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.egov.portal.audit.PortalAuditLog;
import cn.gov.egov.portal.learning.hours.AnnualRequirement;
import cn.gov.egov.portal.learning.hours.HourRule;
import cn.gov.egov.portal.learning.hours.HourRuleTable;
import cn.gov.egov.portal.learning.hours.HoursException;
import cn.gov.egov.portal.learning.ledger.HourRulesRepository;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.RegionTree;

/**
 * 学时规则: a region's own rule table or its parent's, and its annual requirement per year. Region and system
 * administrators act on their own region and the regions below it (分级管理), checked here on the server; every
 * refusal is audited on its own, every change in its own transaction with the change. Bad input changes nothing.
 */
@Service
public class LearningRulesService {

    static final String TABLE = "HOUR_RULES";
    static final String REQUIREMENT = "ANNUAL_REQUIREMENT";

    private final HourRulesRepository repository;
    private final RegionTree regions;
    private final PortalAuditLog audit;
    private final TransactionTemplate tx;

    public LearningRulesService(HourRulesRepository repository, RegionTree regions, PortalAuditLog audit,
                                TransactionTemplate tx) {
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
        this.tx = tx;
    }

    public static boolean mayAdminister(PortalUser user) {
        return user.role() == Role.REGION_ADMIN || user.role() == Role.SYSTEM_ADMIN;
    }

    /** The region's rules as in force: its own or inherited table, and its requirement for {@code year}. */
    public RegionRules rules(PortalUser actor, String regionCode, Year year) {
        require(actor, "HOUR_RULES_VIEW", TABLE, regionCode);
        return new RegionRules(regionCode, repository.hasOwnTable(regionCode),
                repository.ruleBook().forRegion(regionCode), repository.hasOwnRequirement(regionCode, year),
                repository.requirements().forRegion(regionCode, year));
    }

    /** Gives the region its own table from {@code rows} (replacing any); refused with a reason on bad input. */
    public HourRuleTable saveTable(PortalUser actor, String regionCode, List<RuleInput> rows) {
        require(actor, "HOUR_RULES_SAVE", TABLE, regionCode);
        List<HourRule> previous = repository.ruleBook().forRegion(regionCode).rules();
        HourRuleTable table = RuleTableBuilder.build(regionCode, rows, previous);
        tx.executeWithoutResult(s -> {
            repository.replaceTable(table);
            audit.allowed(actor, "HOUR_RULES_SAVE", TABLE, regionCode, regionCode, describe(table));
        });
        return table;
    }

    /** Drops the region's own table: it inherits its nearest ancestor's (or the national default) again. */
    public void inheritTable(PortalUser actor, String regionCode) {
        require(actor, "HOUR_RULES_INHERIT", TABLE, regionCode);
        tx.executeWithoutResult(s -> {
            int removed = repository.deleteTable(regionCode);
            audit.allowed(actor, "HOUR_RULES_INHERIT", TABLE, regionCode, regionCode,
                    "inherit from parent; " + removed + " own rule(s) removed");
        });
    }

    /** Sets the region's requirement for {@code year}: required + elective, at least 50 in total. */
    public AnnualRequirement saveRequirement(PortalUser actor, String regionCode, Year year, BigDecimal required,
                                             BigDecimal elective) {
        require(actor, "ANNUAL_REQUIREMENT_SAVE", REQUIREMENT, regionCode);
        if (year == null || year.getValue() < 2000 || year.getValue() > 2100) {
            throw new LearningRulesException("year-bad", "年度应在 2000–2100 之间");
        }
        if (required == null || elective == null) {
            throw new LearningRulesException("requirement-missing", "请填写必修和选修学时");
        }
        AnnualRequirement requirement;
        try {
            requirement = new AnnualRequirement(regionCode, year, required, elective);
        } catch (HoursException e) {
            String code = "hours-not-exact".equals(e.code()) ? "requirement-not-exact" : e.code();
            throw new LearningRulesException(code, e.getMessage(), required.add(elective).toPlainString());
        }
        if (requirement.total().compareTo(new BigDecimal("1000")) >= 0) {
            throw new LearningRulesException("requirement-too-large", "年度学时要求应小于 1000 学时");
        }
        tx.executeWithoutResult(s -> {
            repository.saveRequirement(requirement);
            audit.allowed(actor, "ANNUAL_REQUIREMENT_SAVE", REQUIREMENT, regionCode + "/" + year, regionCode,
                    year + ": required " + requirement.required().toPlainString() + " + elective "
                            + requirement.elective().toPlainString());
        });
        return requirement;
    }

    /** Drops the region's own requirement for {@code year}: the ancestor's or national one applies again. */
    public void inheritRequirement(PortalUser actor, String regionCode, Year year) {
        require(actor, "ANNUAL_REQUIREMENT_INHERIT", REQUIREMENT, regionCode);
        tx.executeWithoutResult(s -> {
            int removed = repository.deleteRequirement(regionCode, year);
            audit.allowed(actor, "ANNUAL_REQUIREMENT_INHERIT", REQUIREMENT, regionCode + "/" + year, regionCode,
                    year + ": inherit from parent" + (removed == 0 ? " (had none)" : ""));
        });
    }

    /** Refuses (audited) unless the actor administers {@code regionCode}: their region or one below it. */
    private void require(PortalUser actor, String action, String targetType, String regionCode) {
        if (!mayAdminister(actor)) {
            audit.denied(actor, action, targetType, regionCode, wellFormed(regionCode),
                    "role " + actor.role() + " may not set learning-hour rules");
            throw new LearningRulesException("forbidden", "只有区域管理员和系统管理员可以设置学时规则");
        }
        if (regionCode == null || regions.find(regionCode).isEmpty()
                || !regions.isWithin(regionCode, actor.regionCode())) {
            audit.denied(actor, action, targetType, regionCode, wellFormed(regionCode),
                    "outside the administrator's region " + actor.regionCode());
            throw new LearningRulesException("forbidden", "不能设置本地区以外的学时规则");
        }
    }

    /** The audit column holds six characters: a malformed code is kept in the target id only. */
    private static String wellFormed(String code) {
        return code != null && code.matches("\\d{6}") ? code : null;
    }

    private static String describe(HourRuleTable table) {
        return "own table: " + table.rules().stream().map(r -> r.code() + "=" + r.hours().toPlainString())
                .collect(Collectors.joining(", "));
    }
}
