package cn.gov.egov.portal.media.ui;

import com.vaadin.flow.component.Component;

import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.media.MediaJob;

/** A transcode job's state in the user's language: 排队中, 正在转码 42%，约 3 分钟, 可以播放, 转码失败：原因. */
final class JobTexts {

    private JobTexts() {
    }

    static String describe(Component c, MediaAsset asset, MediaJob job) {
        if (job == null) {
            return c.getTranslation(asset.jobId() == null ? "media.state.not-queued" : "media.state.unknown");
        }
        return switch (job.state()) {
            case "QUEUED" -> c.getTranslation("media.state.queued");
            case "RUNNING" -> job.etaSeconds() == null
                    ? c.getTranslation("media.state.running", job.progressPercent())
                    : c.getTranslation("media.state.running-eta", job.progressPercent(), eta(c, job.etaSeconds()));
            case "SUCCEEDED" -> c.getTranslation("media.state.succeeded");
            case "CANCELLED" -> c.getTranslation("media.state.cancelled");
            default -> c.getTranslation("media.state.failed", c.getTranslation("media.reason."
                    + (job.reasonCode() == null ? "TRANSIENT" : job.reasonCode())));
        };
    }

    private static String eta(Component c, int seconds) {
        return seconds < 60 ? c.getTranslation("media.eta.seconds", seconds)
                : c.getTranslation("media.eta.minutes", (seconds + 59) / 60);
    }
}
