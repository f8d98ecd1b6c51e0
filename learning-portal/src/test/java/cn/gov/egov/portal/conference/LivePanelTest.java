package cn.gov.egov.portal.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.gov.egov.portal.conference.LivePanel.Row;

class LivePanelTest {

    @Test
    void theMainVenueComesFirstThenTheSubVenuesInJoinOrder() {
        LivePanel panel = LivePanel.of(LiveSamples.view(false));
        assertThat(panel.venues()).extracting(Row::id).containsExactly("p-km", "p-li", "p-wh");
        assertThat(panel.venues()).extracting(Row::main).containsExactly(true, false, false);
        assertThat(panel.revision()).isEqualTo(12);
        assertThat(panel.ended()).isFalse();
    }

    @Test
    void eachRowCarriesItsMarksAndWhoIsShown() {
        LivePanel panel = LivePanel.of(LiveSamples.view(false));
        Row wuhua = panel.venue("p-wh").orElseThrow();
        assertThat(wuhua.name()).isEqualTo("五华区政府视频会议室");
        assertThat(wuhua.room()).isTrue();
        assertThat(wuhua.identity()).isEqualTo("room:" + LiveSamples.WUHUA_ROOM);
        assertThat(wuhua.audioMuted()).isTrue();
        assertThat(wuhua.connected()).as("not in connected").isFalse();
        assertThat(wuhua.thinLink()).isEqualTo("LOW");
        assertThat(wuhua.broadcast()).isTrue();
        assertThat(wuhua.featured()).isTrue();
        assertThat(wuhua.featuredAtMain()).isFalse();

        Row li = panel.venue("p-li").orElseThrow();
        assertThat(li.room()).isFalse();
        assertThat(li.identity()).isEqualTo("user:li.na");
        assertThat(li.videoOff()).isTrue();
        assertThat(li.polled()).isTrue();
        assertThat(li.featuredAtMain()).isTrue();
        assertThat(li.connected()).isTrue();
    }

    @Test
    void handsAreQueuedInTheOrderTheyWereRaised() {
        LivePanel panel = LivePanel.of(LiveSamples.view(false));
        assertThat(panel.hands()).extracting(Row::id).containsExactly("p-li", "p-wh");
        assertThat(panel.hands().getFirst().handRaisedAt()).isEqualTo(Instant.parse("2026-11-22T01:59:00Z"));
    }

    @Test
    void theStateBesideTheVenuesIsRead() {
        var control = LiveSamples.view(true).control();
        assertThat(control.muteAll()).isNotNull();
        assertThat(control.locked()).isTrue();
        assertThat(control.polling().target()).isEqualTo("MAIN_VENUE");
        assertThat(control.banned()).singleElement().satisfies(b -> assertThat(b.displayName()).isEqualTo("官渡区会议室"));
        assertThat(LivePanel.of(LiveSamples.view(true)).venues()).allMatch(Row::audioMuted);
    }

    @Test
    void aConferenceWithNobodyInIsAnEmptyPanel() {
        var view = new LiveModels.LiveView(null, null, "空会", null, null, null, null);
        LivePanel panel = LivePanel.of(view);
        assertThat(panel.venues()).isEmpty();
        assertThat(panel.hands()).isEmpty();
        assertThat(panel.revision()).isEqualTo(-1);
        assertThat(panel.nameOf("p-x")).isEmpty();
    }
}
