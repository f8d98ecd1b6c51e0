package cn.gov.egov.portal.learning.progress;

/**
 * Why a heartbeat was accepted or refused. The first three are acceptances; the rest credit nothing. Each carries the
 * Chinese text the player may show.
 */
public enum HeartbeatReason {
    /** Verified; the credit may still be zero (paused, or watching again what was already credited). */
    ACCEPTED(true, "学习进度已记录"),
    /** A seek (backward, or forward within what was already watched): the new position is taken, no credit. */
    SEEKED(true, "已跳转播放位置，本段不计学时"),
    /** A presence check is waiting for an answer: the position is tracked, nothing is credited. */
    PRESENCE_PENDING(true, "请确认您仍在学习，确认前暂停计时"),

    UNKNOWN_SESSION(false, "播放会话不存在，请刷新页面后重新播放"),
    WRONG_LEARNER(false, "该播放会话不属于当前用户"),
    SUPERSEDED(false, "您已在其他页面或设备上开始播放，此处的学习进度不再计入"),
    SESSION_ENDED(false, "播放会话已结束，请重新开始播放"),
    REPLAYED_SEQUENCE(false, "重复或过期的进度上报，已忽略"),
    INVALID_HEARTBEAT(false, "播放进度数据无效"),
    PAUSED_FOR_PRESENCE(false, "未在规定时间内完成在线确认，学习计时已暂停，请点击确认后继续"),
    RATE_NOT_ALLOWED(false, "播放倍速超出允许范围，已返回上次位置"),
    SEEK_BEYOND_FURTHEST(false, "首次学习不能拖动到尚未观看的位置，已返回最远观看位置");

    private final boolean accepted;
    private final String message;

    HeartbeatReason(boolean accepted, String message) {
        this.accepted = accepted;
        this.message = message;
    }

    public boolean accepted() {
        return accepted;
    }

    /** The text for the learner, in Chinese. */
    public String message() {
        return message;
    }
}
