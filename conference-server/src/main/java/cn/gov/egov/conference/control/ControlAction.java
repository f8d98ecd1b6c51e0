package cn.gov.egov.conference.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every conference-control action, with its JSON name ({@code "action"} of a command) and its Chinese name. The
 * audit log names them {@code CONTROL_<NAME>}.
 */
public enum ControlAction {
    DESIGNATE_MAIN("designateMain", "指定主会场"),
    BROADCAST("broadcast", "广播会场"),
    CANCEL_BROADCAST("cancelBroadcast", "取消广播"),
    ROLL_CALL("rollCall", "点名"),
    END_ROLL_CALL("endRollCall", "结束点名"),
    START_POLLING("poll", "开始轮巡"),
    STOP_POLLING("stopPoll", "停止轮巡"),
    MUTE_ALL("muteAll", "全场静音"),
    UNMUTE_ALL("unmuteAll", "取消全场静音"),
    MUTE("mute", "静音"),
    UNMUTE("unmute", "取消静音"),
    RAISE_HAND("raiseHand", "举手（申请发言）"),
    LOWER_HAND("lowerHand", "放下手（取消申请）"),
    GRANT_HAND("grantHand", "同意发言"),
    REFUSE_HAND("refuseHand", "拒绝发言"),
    CAMERA_OFF("cameraOff", "关闭摄像头"),
    CAMERA_ON("cameraOn", "允许开启摄像头"),
    REMOVE("remove", "移出会议"),
    READMIT("readmit", "允许重新入会"),
    LOCK("lock", "锁定会议"),
    UNLOCK("unlock", "解锁会议"),
    END("end", "结束会议"),
    THIN_LINK("thinLink", "弱网模式"),
    /** Not a command: a venue's attempt to join, audited when refused. */
    JOIN("join", "入会");

    private final String code;
    private final String chinese;

    ControlAction(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** The JSON name, e.g. {@code broadcast}. */
    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    /** The name in the audit log, e.g. {@code CONTROL_BROADCAST}. */
    public String auditName() {
        return "CONTROL_" + name();
    }

    /** The command action with this JSON name ({@link #JOIN} is none). */
    public static Optional<ControlAction> byCode(String code) {
        return Arrays.stream(values()).filter(a -> a != JOIN && a.code.equals(code)).findFirst();
    }
}
