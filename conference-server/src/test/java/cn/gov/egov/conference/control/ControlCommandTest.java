package cn.gov.egov.conference.control;

import static cn.gov.egov.conference.control.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ControlCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ControlCommand parse(String json) {
        return ControlCommand.parse(JSON.readValue(json, new TypeReference<Map<String, Object>>() { }));
    }

    private static void rejected(String json, String code) {
        assertThatThrownBy(() -> parse(json)).as(json).isInstanceOfSatisfying(ControlRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.audit()).isEmpty();
        });
    }

    @Test
    void commandsAreReadFromTheirJson() {
        assertThat(parse("{\"action\":\"broadcast\",\"venue\":\"ab12cd34\"}"))
                .isEqualTo(new ControlCommand.Broadcast("ab12cd34"));
        assertThat(parse("{\"action\":\"poll\",\"intervalSeconds\":20,\"target\":\"ALL\"}"))
                .isEqualTo(new ControlCommand.StartPolling(20, PollingTarget.ALL));
        assertThat(parse("{\"action\":\"poll\",\"intervalSeconds\":5.0,\"target\":\"main_venue\"}"))
                .isEqualTo(new ControlCommand.StartPolling(5, PollingTarget.MAIN_VENUE));
        assertThat(parse("{\"action\":\"muteAll\",\"exceptMain\":true}"))
                .isEqualTo(new ControlCommand.MuteAll(true, null));
        assertThat(parse("{\"action\":\"muteAll\",\"except\":\"w1\"}"))
                .isEqualTo(new ControlCommand.MuteAll(false, "w1"));
        assertThat(parse("{\"action\":\"thinLink\",\"venue\":\"d1\",\"mode\":\"AUDIO_ONLY\"}"))
                .isEqualTo(new ControlCommand.SetThinLink("d1", ThinLink.AUDIO_ONLY));
        assertThat(parse("{\"action\":\"readmit\",\"identity\":\"user:zhang\"}"))
                .isEqualTo(new ControlCommand.Readmit("user:zhang"));
        assertThat(parse("{\"action\":\"end\"}")).isEqualTo(new ControlCommand.End());
    }

    @Test
    void everyActionHasACommandOfItsOwn() {
        for (ControlAction action : ControlAction.values()) {
            if (action == ControlAction.JOIN) {
                continue;
            }
            Map<String, Object> json = new HashMap<>(Map.of("action", action.code()));
            switch (action) {
                case START_POLLING -> json.putAll(Map.of("intervalSeconds", 30, "target", "ALL"));
                case READMIT -> json.put("identity", "room:x");
                case THIN_LINK -> json.putAll(Map.of("venue", "d1", "mode", "LOW"));
                case MUTE_ALL, CANCEL_BROADCAST, END_ROLL_CALL, STOP_POLLING, UNMUTE_ALL, LOCK, UNLOCK, END -> { }
                default -> json.put("venue", "d1");
            }
            assertThat(ControlCommand.parse(json).action()).isEqualTo(action);
        }
    }

    @Test
    void unknownActionsAndBadParametersAreRejected() {
        rejected("{\"action\":\"selfDestruct\"}", "unknown-action");
        rejected("{\"action\":\"join\",\"venue\":\"d1\"}", "unknown-action");
        rejected("{\"venue\":\"d1\"}", "missing-action");
        rejected("{\"action\":42}", "missing-action");
        rejected("{\"action\":\"poll\",\"intervalSeconds\":0,\"target\":\"ALL\"}", "bad-interval");
        rejected("{\"action\":\"poll\",\"intervalSeconds\":301,\"target\":\"ALL\"}", "bad-interval");
        rejected("{\"action\":\"poll\",\"intervalSeconds\":7.5,\"target\":\"ALL\"}", "bad-interval");
        rejected("{\"action\":\"poll\",\"intervalSeconds\":\"20\",\"target\":\"ALL\"}", "bad-interval");
        rejected("{\"action\":\"poll\",\"target\":\"ALL\"}", "bad-interval");
        rejected("{\"action\":\"poll\",\"intervalSeconds\":20,\"target\":\"SOME\"}", "bad-target");
        rejected("{\"action\":\"poll\",\"intervalSeconds\":20}", "bad-target");
        rejected("{\"action\":\"thinLink\",\"venue\":\"d1\",\"mode\":\"HD\"}", "bad-mode");
        rejected("{\"action\":\"broadcast\"}", "bad-venue");
        rejected("{\"action\":\"broadcast\",\"venue\":\"  \"}", "bad-venue");
        rejected("{\"action\":\"broadcast\",\"venue\":7}", "bad-venue");
        rejected("{\"action\":\"broadcast\",\"venue\":\"d1\",\"priority\":1}", "unknown-field");
        rejected("{\"action\":\"lock\",\"venue\":\"d1\"}", "unknown-field");
        rejected("{\"action\":\"muteAll\",\"exceptMain\":\"yes\"}", "bad-except-main");
        assertThatThrownBy(() -> ControlCommand.parse(null)).isInstanceOf(ControlRejectedException.class);
    }

    @Test
    void aParsedCommandActsLikeItsMethodAndAnUnknownVenueIsRejectedThen() {
        Fixture f = new Fixture().withRooms();
        ControlResult r = f.control.apply(CHAIR, parse("{\"action\":\"poll\",\"intervalSeconds\":20,\"target\":\"ALL\"}"));
        assertThat(r.state().polling().intervalSeconds()).isEqualTo(20);
        assertThat(r.audit()).get().extracting(AuditRecord::action).isEqualTo(ControlAction.START_POLLING);
        ControlCommand ghost = parse("{\"action\":\"broadcast\",\"venue\":\"ab12cd34\"}");
        assertThatThrownBy(() -> f.control.apply(CHAIR, ghost))
                .isInstanceOfSatisfying(ControlRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-venue");
                    assertThat(e.audit()).get().satisfies(a -> {
                        assertThat(a.targetVenue()).isEqualTo("ab12cd34");
                        assertThat(a.outcome()).isEqualTo(AuditRecord.Outcome.REJECTED);
                    });
                });
        assertThatThrownBy(() -> f.control.apply(LEARNER, ghost)).as("no hint about venues to who may not control")
                .isInstanceOf(ControlDeniedException.class);
    }

    @Test
    void theDocumentationListsEveryActionWithItsChineseName() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "control.md"));
        assertThat(Arrays.stream(ControlAction.values()).filter(a -> a != ControlAction.JOIN))
                .allSatisfy(a -> assertThat(doc).contains("`" + a.code() + "`").contains(a.chinese()));
    }
}
