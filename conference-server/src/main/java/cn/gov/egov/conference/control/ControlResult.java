package cn.gov.egov.conference.control;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of an accepted action, join, leave or tick: the snapshot to push to clients, the effects to apply
 * (in order), and the audit record to write (none for joins, leaves and ticks). A result that changed nothing has
 * the previous snapshot (same revision) and no effects.
 */
public record ControlResult(ControlState state, List<Effect> effects, Optional<AuditRecord> audit) {

    public ControlResult {
        effects = List.copyOf(effects);
    }
}
