package cn.gov.egov.conference.control;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gov.egov.conference.control.ControlCommand.*;
import cn.gov.egov.conference.control.ControlState.Polling;

/** Reads a {@link ControlCommand} from a decoded JSON object, strictly: unknown fields are refused too. */
final class CommandParser {

    private static final int MAX_ID_LENGTH = 128;

    private static final Set<ControlAction> ON_A_VENUE = EnumSet.of(ControlAction.DESIGNATE_MAIN,
            ControlAction.BROADCAST, ControlAction.ROLL_CALL, ControlAction.MUTE, ControlAction.UNMUTE,
            ControlAction.RAISE_HAND, ControlAction.LOWER_HAND, ControlAction.GRANT_HAND, ControlAction.REFUSE_HAND,
            ControlAction.CAMERA_OFF, ControlAction.CAMERA_ON, ControlAction.REMOVE);

    private CommandParser() {
    }

    static ControlCommand parse(Map<String, ?> json) {
        if (json == null || !(json.get("action") instanceof String code) || code.isBlank()) {
            throw reject("missing-action", "会控指令缺少操作（action）");
        }
        ControlAction action = ControlAction.byCode(code)
                .orElseThrow(() -> reject("unknown-action", "未知的会控操作：" + code));
        Set<String> allowed = fields(action);
        for (String key : json.keySet()) {
            if (!key.equals("action") && !allowed.contains(key)) {
                throw reject("unknown-field", "会控操作 " + code + " 没有参数 " + key);
            }
        }
        return switch (action) {
            case DESIGNATE_MAIN -> new DesignateMain(venue(json));
            case BROADCAST -> new Broadcast(venue(json));
            case CANCEL_BROADCAST -> new CancelBroadcast();
            case ROLL_CALL -> new RollCall(venue(json));
            case END_ROLL_CALL -> new EndRollCall();
            case START_POLLING -> new StartPolling(interval(json.get("intervalSeconds")), target(json.get("target")));
            case STOP_POLLING -> new StopPolling();
            case MUTE_ALL -> new MuteAll(flag(json.get("exceptMain")),
                    json.get("except") == null ? null : id(json.get("except"), "except"));
            case UNMUTE_ALL -> new UnmuteAll();
            case MUTE -> new Mute(venue(json));
            case UNMUTE -> new Unmute(venue(json));
            case RAISE_HAND -> new RaiseHand(venue(json));
            case LOWER_HAND -> new LowerHand(venue(json));
            case GRANT_HAND -> new GrantHand(venue(json));
            case REFUSE_HAND -> new RefuseHand(venue(json));
            case CAMERA_OFF -> new CameraOff(venue(json));
            case CAMERA_ON -> new CameraOn(venue(json));
            case REMOVE -> new Remove(venue(json));
            case READMIT -> new Readmit(id(json.get("identity"), "identity"));
            case LOCK -> new Lock();
            case UNLOCK -> new Unlock();
            case END -> new End();
            case THIN_LINK -> new SetThinLink(venue(json), mode(json.get("mode")));
            case JOIN -> throw reject("unknown-action", "未知的会控操作：" + code);
        };
    }

    private static Set<String> fields(ControlAction action) {
        if (ON_A_VENUE.contains(action)) {
            return Set.of("venue");
        }
        return switch (action) {
            case START_POLLING -> Set.of("intervalSeconds", "target");
            case MUTE_ALL -> Set.of("exceptMain", "except");
            case READMIT -> Set.of("identity");
            case THIN_LINK -> Set.of("venue", "mode");
            default -> Set.of();
        };
    }

    private static String venue(Map<String, ?> json) {
        return id(json.get("venue"), "venue");
    }

    private static String id(Object value, String field) {
        if (!(value instanceof String s) || s.isBlank() || s.length() > MAX_ID_LENGTH) {
            throw reject("bad-" + field, "请指定会场（" + field + "）");
        }
        return s;
    }

    private static int interval(Object value) {
        double seconds = value instanceof Number n ? n.doubleValue() : Double.NaN;
        if (seconds != Math.rint(seconds) || !Polling.validInterval((long) seconds)) {
            throw reject("bad-interval", "轮巡间隔（intervalSeconds）必须是 " + Polling.MIN_INTERVAL_SECONDS + " 到 "
                    + Polling.MAX_INTERVAL_SECONDS + " 之间的整数秒");
        }
        return (int) seconds;
    }

    private static PollingTarget target(Object value) {
        return constant(PollingTarget.class, value, "bad-target", "轮巡对象（target）必须是 MAIN_VENUE 或 ALL");
    }

    private static ThinLink mode(Object value) {
        return constant(ThinLink.class, value, "bad-mode", "弱网模式（mode）必须是 NORMAL、LOW 或 AUDIO_ONLY");
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object value, String code, String message) {
        if (value instanceof String s) {
            try {
                return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through
            }
        }
        throw reject(code, message);
    }

    private static boolean flag(Object value) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw reject("bad-except-main", "exceptMain 必须是 true 或 false");
    }

    private static ControlRejectedException reject(String code, String message) {
        return new ControlRejectedException(code, message);
    }
}
