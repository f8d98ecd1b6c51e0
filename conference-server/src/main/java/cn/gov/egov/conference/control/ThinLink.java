package cn.gov.egov.conference.control;

/**
 * Thin-link mode (弱网模式) of one venue: how much video the bridge sends it. Chosen by a controller for a county on
 * a poor line; kept when the venue reconnects.
 */
public enum ThinLink {
    /** Whatever the bridge's bandwidth estimation allows. */
    NORMAL("正常", null),
    /** Received video at most 180 pixels high. */
    LOW("低清", 180),
    /** No video received at all, audio only. */
    AUDIO_ONLY("仅音频", 0);

    private final String chinese;
    private final Integer maxHeight;

    ThinLink(String chinese, Integer maxHeight) {
        this.chinese = chinese;
        this.maxHeight = maxHeight;
    }

    public String chinese() {
        return chinese;
    }

    /** The most pixels of height the venue receives: null for no limit, 0 for no video. */
    public Integer maxHeight() {
        return maxHeight;
    }
}
