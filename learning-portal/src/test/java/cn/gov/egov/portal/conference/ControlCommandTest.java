package cn.gov.egov.portal.conference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Every command is written exactly as docs/control.md spells it (conference-server refuses unknown fields). */
class ControlCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String json(ControlCommand c) {
        return JSON.writeValueAsString(c.body());
    }

    @Test
    void venueCommandsNameTheVenue() {
        assertThat(json(ControlCommand.designateMain("ab12cd34")))
                .isEqualTo("{\"action\":\"designateMain\",\"venue\":\"ab12cd34\"}");
        assertThat(json(ControlCommand.broadcast("v"))).isEqualTo("{\"action\":\"broadcast\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.rollCall("v"))).isEqualTo("{\"action\":\"rollCall\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.mute("v"))).isEqualTo("{\"action\":\"mute\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.unmute("v"))).isEqualTo("{\"action\":\"unmute\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.cameraOff("v"))).isEqualTo("{\"action\":\"cameraOff\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.cameraOn("v"))).isEqualTo("{\"action\":\"cameraOn\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.grantHand("v"))).isEqualTo("{\"action\":\"grantHand\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.refuseHand("v"))).isEqualTo("{\"action\":\"refuseHand\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.remove("v"))).isEqualTo("{\"action\":\"remove\",\"venue\":\"v\"}");
        assertThat(json(ControlCommand.thinLink("v", "AUDIO_ONLY")))
                .isEqualTo("{\"action\":\"thinLink\",\"venue\":\"v\",\"mode\":\"AUDIO_ONLY\"}");
        assertThat(json(ControlCommand.readmit("room:3f0c")))
                .isEqualTo("{\"action\":\"readmit\",\"identity\":\"room:3f0c\"}");
    }

    @Test
    void conferenceCommandsCarryOnlyTheirParameters() {
        assertThat(json(ControlCommand.muteAll(false))).isEqualTo("{\"action\":\"muteAll\"}");
        assertThat(json(ControlCommand.muteAll(true))).isEqualTo("{\"action\":\"muteAll\",\"exceptMain\":true}");
        assertThat(json(ControlCommand.unmuteAll())).isEqualTo("{\"action\":\"unmuteAll\"}");
        assertThat(json(ControlCommand.poll(20, "ALL")))
                .isEqualTo("{\"action\":\"poll\",\"intervalSeconds\":20,\"target\":\"ALL\"}");
        assertThat(json(ControlCommand.stopPoll())).isEqualTo("{\"action\":\"stopPoll\"}");
        assertThat(json(ControlCommand.cancelBroadcast())).isEqualTo("{\"action\":\"cancelBroadcast\"}");
        assertThat(json(ControlCommand.endRollCall())).isEqualTo("{\"action\":\"endRollCall\"}");
        assertThat(json(ControlCommand.lock())).isEqualTo("{\"action\":\"lock\"}");
        assertThat(json(ControlCommand.unlock())).isEqualTo("{\"action\":\"unlock\"}");
        assertThat(json(ControlCommand.end())).isEqualTo("{\"action\":\"end\"}");
    }

    @Test
    void equalCommandsAreEqual() {
        assertThat(ControlCommand.mute("v")).isEqualTo(ControlCommand.mute("v"));
        assertThat(ControlCommand.mute("v")).isNotEqualTo(ControlCommand.unmute("v"));
    }
}
