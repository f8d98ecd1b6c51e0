package cn.gov.egov.conference.signal;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.egov.conference.control.ControlException;
import cn.gov.egov.conference.control.Controller;
import cn.gov.egov.conference.live.LiveConference;
import cn.gov.egov.conference.live.LiveControl;
import cn.gov.egov.conference.live.Peer;
import cn.gov.egov.conference.live.Signals;

/**
 * Conference control commands arriving over signalling (会控, docs/control.md): from the chair or an administrator on
 * the desktop client, or a venue raising its own hand. A refusal is answered to the sender only; the new state
 * reaches everyone.
 */
@Component
class ControlChannel {

    private final LiveControl control;
    private final JsonMapper json = JsonMapper.builder().build();

    ControlChannel(LiveControl control) {
        this.control = control;
    }

    @SuppressWarnings("unchecked")
    void handle(LiveConference conference, Controller by, JsonNode command, Peer peer) {
        try {
            control.apply(conference, by, json.convertValue(command, Map.class));
        } catch (ControlException e) {
            peer.send(new Signals.Error(e.code(), e.getMessage(), false));
        }
    }
}
