package cn.gov.egov.conference.control;

import static cn.gov.egov.conference.control.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ControlStateJsonTest {

    @Test
    void theSnapshotIsWrittenAsAPlainRecordTreeWithItsLayout() {
        Fixture f = new Fixture().withRooms();
        f.control.startPolling(CHAIR, 10, PollingTarget.MAIN_VENUE);
        f.control.raiseHand(Controller.terminal("d1"), "d1");
        f.control.thinLink(CHAIR, "d1", ThinLink.LOW);
        f.control.remove(CHAIR, "w1");
        JsonNode json = JsonMapper.builder().build().valueToTree(f.state());

        assertThat(json.get("conferenceId").asString()).isEqualTo(CONFERENCE.toString());
        assertThat(json.get("revision").asLong()).isEqualTo(f.state().revision());
        assertThat(json.get("mainVenue").asString()).isEqualTo("p1");
        assertThat(json.get("venues")).hasSize(3);
        JsonNode dali = json.get("venues").get(2);
        assertThat(dali.get("venue").get("participantId").asString()).isEqualTo("d1");
        assertThat(dali.get("venue").get("kind").asString()).isEqualTo("ROOM");
        assertThat(dali.get("thinLink").asString()).isEqualTo("LOW");
        assertThat(dali.get("handRaisedAt").asString()).isEqualTo(f.clock.instant().toString());
        assertThat(json.get("polling").get("target").asString()).isEqualTo("MAIN_VENUE");
        assertThat(json.get("polling").get("current").asString()).isEqualTo("k1");
        assertThat(json.get("layout").get("featuredAtMainVenue").asString()).isEqualTo("k1");
        assertThat(json.get("layout").get("featured").isNull()).isTrue();
        assertThat(json.get("banned").get(0).get("identity").asString()).isEqualTo("room:" + WUHUA_ROOM);
        assertThat(json.has("subVenues")).isFalse();
    }
}
