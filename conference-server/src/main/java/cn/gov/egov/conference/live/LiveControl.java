package cn.gov.egov.conference.live;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.gov.egov.conference.audit.AuditLog;
import cn.gov.egov.conference.control.AuditRecord;
import cn.gov.egov.conference.control.ControlCommand;
import cn.gov.egov.conference.control.ControlException;
import cn.gov.egov.conference.control.ControlResult;
import cn.gov.egov.conference.control.Controller;
import cn.gov.egov.conference.control.Effect;

/**
 * Conference control (会控) of a live conference, from signalling or the REST API: carries the command out, writes
 * every accepted, refused or rejected action to the audit log, and ends the occurrence when the command says so.
 */
@Service
public class LiveControl {

    private final LiveConferences live;
    private final AuditLog audit;

    public LiveControl(LiveConferences live, AuditLog audit) {
        this.live = live;
        this.audit = audit;
    }

    /** Parses and carries out a command given as JSON; a {@link ControlException} says why not. */
    public ControlResult apply(LiveConference conference, Controller by, Map<String, ?> json) {
        ControlCommand command = ControlCommand.parse(json);
        return apply(conference, by, command);
    }

    public ControlResult apply(LiveConference conference, Controller by, ControlCommand command) {
        ControlResult result;
        try {
            result = conference.control(by, command);
        } catch (ControlException e) {
            write(e.audit());
            throw e;
        }
        write(result.audit());
        if (result.effects().stream().anyMatch(Effect.EndConference.class::isInstance)) {
            live.end(conference, "ended");
        }
        return result;
    }

    private void write(Optional<AuditRecord> record) {
        record.ifPresent(r -> {
            String summary = "conference=" + r.conferenceId() + ", venue=" + r.targetVenue()
                    + (r.reason() == null ? "" : ", reason=" + r.reason());
            if (r.outcome() == AuditRecord.Outcome.ALLOWED) {
                audit.control(r.actor(), r.actorRole(), r.actorRegion(), r.clientAddress(), r.action().auditName(),
                        "CONFERENCE", String.valueOf(r.conferenceId()), r.targetRegion(), summary);
            } else {
                audit.denied(r.actor(), r.actorRole(), r.actorRegion(), r.clientAddress(), r.action().auditName(),
                        r.targetRegion(), r.outcome() + ": " + summary);
            }
        });
    }
}
