package cn.gov.egov.media.transcode;

import java.util.ArrayList;
import java.util.List;

import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.Rendition;

/**
 * The FFmpeg filter graphs of one transcode, as text. Picture: deinterlaced, turned upright, made constant frame
 * rate once, then split to one scaler per rendition. Sound: resampled to 48 kHz stereo once, then split to one
 * encoder for the video renditions and one for the audio-only rendition. Two graphs, each built when its first
 * decoded frame shows the real input format. Plain Java.
 *
 * <p>Inputs are named {@code vin} and {@code ain}; outputs {@code v0..vN} follow {@link LadderPlan#video()};
 * {@code a0} (shared by every video rendition) and {@code a1} (audio only) exist as {@link #audioOutputs()} says.
 *
 * @param video the picture graph, or null when nothing is made from the picture
 * @param audio the sound graph, or null when nothing is made from the sound
 */
public record FilterPlan(String video, int videoOutputs, String audio, List<String> audioOutputs) {

    public static final int SAMPLE_RATE = 48_000;

    /** Output of the shared AAC stream inside the video renditions. */
    public static final String SHARED_AUDIO = "a0";
    /** Output of the audio-only rendition's AAC stream. */
    public static final String AUDIO_ONLY = "a1";

    public static FilterPlan of(LadderPlan plan, boolean sourceHasVideo, boolean sourceHasAudio) {
        List<String> chains = new ArrayList<>();
        String audioGraph = null;
        List<Rendition> video = plan.video();
        if (sourceHasVideo && !video.isEmpty()) {
            StringBuilder v = new StringBuilder("[vin]");
            if (plan.deinterlace()) {
                v.append("yadif=mode=send_frame:deint=interlaced,");
            }
            v.append(switch (plan.rotation()) {
                case 90 -> "transpose=clock,";
                case 180 -> "hflip,vflip,";
                case 270 -> "transpose=cclock,";
                default -> "";
            });
            v.append("fps=").append(plan.frameRate());
            if (video.size() == 1) {
                v.append("[s0]");
            } else {
                v.append(",split=").append(video.size());
                for (int i = 0; i < video.size(); i++) {
                    v.append("[s").append(i).append(']');
                }
            }
            chains.add(v.toString());
            for (int i = 0; i < video.size(); i++) {
                Rendition r = video.get(i);
                chains.add("[s" + i + "]scale=" + r.width() + ":" + r.height() + ":flags=bicubic,setsar=1,"
                        + "format=yuv420p[v" + i + "]");
            }
        }
        List<String> audioOuts = new ArrayList<>();
        if (sourceHasAudio) {
            if (!video.isEmpty() && video.getFirst().hasAudio()) {
                audioOuts.add(SHARED_AUDIO);
            }
            if (!plan.audioOnly().isEmpty()) {
                audioOuts.add(AUDIO_ONLY);
            }
        }
        if (!audioOuts.isEmpty()) {
            StringBuilder a = new StringBuilder("[ain]aresample=" + SAMPLE_RATE + ",aformat=sample_fmts=fltp:"
                    + "sample_rates=" + SAMPLE_RATE + ":channel_layouts=stereo,asettb=expr=1/" + SAMPLE_RATE);
            if (audioOuts.size() == 1) {
                a.append('[').append(audioOuts.getFirst()).append(']');
            } else {
                a.append(",asplit=").append(audioOuts.size());
                audioOuts.forEach(o -> a.append('[').append(o).append(']'));
            }
            audioGraph = a.toString();
        }
        return new FilterPlan(chains.isEmpty() ? null : String.join(";", chains), chains.isEmpty() ? 0 : video.size(),
                audioGraph, List.copyOf(audioOuts));
    }
}
