package cn.gov.egov.conference.signal;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import cn.gov.egov.conference.live.Attendee;
import cn.gov.egov.conference.live.LiveConference;
import cn.gov.egov.conference.live.Peer;
import cn.gov.egov.conference.live.Signals;

/** Conference control commands arriving over signalling (会控). */
@Component
class ControlChannel {

    void handle(LiveConference conference, String participantId, Attendee who, JsonNode command, Peer peer) {
        peer.send(new Signals.Error("control-unavailable", "会控功能尚未开放", false));
    }
}
