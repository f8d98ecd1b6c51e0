package cn.gov.egov.media.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.egov.media.probe.ProbeResult;
import cn.gov.egov.media.transcode.FilterPlan;

class LadderPlannerTest {

    private final LadderPlanner planner = new LadderPlanner(LadderProperties.defaults());

    private static ProbeResult video(int w, int h, int rotation, double fps, boolean interlaced, boolean audio) {
        return new ProbeResult("mov", 60_000, 0, new ProbeResult.Video("h264", w, h, rotation, fps, interlaced, null),
                audio ? new ProbeResult.Audio("aac", 2, "stereo", 48_000) : null);
    }

    @Test
    void neverAboveTheSourceAndAudioOnlyLast() {
        LadderPlan plan = planner.plan(video(1280, 720, 0, 29.97, false, true));
        assertThat(plan.renditions()).extracting(Rendition::name).containsExactly("720p", "480p", "360p", "audio");
        assertThat(plan.renditions().get(1)).extracting(Rendition::width, Rendition::height).containsExactly(854, 480);
        assertThat(plan.frameRate()).isEqualTo(30);
        assertThat(plan.gop()).isEqualTo(60);
    }

    @Test
    void portraitAndRotatedSourcesKeepTheirShape() {
        LadderPlan portrait = planner.plan(video(1920, 1080, 90, 60, false, true));
        assertThat(portrait.video().getFirst()).extracting(Rendition::name, Rendition::width, Rendition::height)
                .containsExactly("1080p", 1080, 1920);
        assertThat(portrait.frameRate()).as("capped").isEqualTo(30);
        assertThat(portrait.rotation()).isEqualTo(90);
    }

    @Test
    void aSmallSourceGetsOneRenditionOfItsOwnSizeAndSilenceNoAudio() {
        LadderPlan plan = planner.plan(video(321, 241, 0, 0, true, false));
        assertThat(plan.renditions()).extracting(Rendition::name, Rendition::width, Rendition::height,
                Rendition::audioBitrate).containsExactly(org.assertj.core.groups.Tuple.tuple("240p", 320, 240, 0));
        assertThat(plan.frameRate()).as("unknown rate").isEqualTo(25);
        assertThat(plan.deinterlace()).isTrue();
    }

    @Test
    void filterGraphsFollowThePlan() {
        FilterPlan f = FilterPlan.of(planner.plan(video(1920, 1080, 270, 25, true, true)), true, true);
        assertThat(f.video()).startsWith("[vin]yadif=mode=send_frame:deint=interlaced,transpose=cclock,fps=25,split=4")
                .contains("[s3]scale=360:640:flags=bicubic,setsar=1,format=yuv420p[v3]");
        assertThat(f.audio()).endsWith("asplit=2[a0][a1]");
        FilterPlan audioOnly = FilterPlan.of(planner.plan(new ProbeResult("mp3", 1000, 0, null,
                new ProbeResult.Audio("mp3", 1, "mono", 44_100))), false, true);
        assertThat(audioOnly.video()).isNull();
        assertThat(audioOnly.audioOutputs()).containsExactly(FilterPlan.AUDIO_ONLY);
    }

    @Test
    void badLaddersAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new LadderProperties(List.of(new LadderProperties.Rung("720p", 721, 1, 1)),
                128_000, 64_000, 6, 2, 30, "veryfast")).hasMessageContaining("bad rung");
        assertThatThrownBy(() -> new LadderProperties(List.of(), 128_000, 64_000, 5, 2, 30, "veryfast"))
                .hasMessageContaining("multiple");
    }
}
