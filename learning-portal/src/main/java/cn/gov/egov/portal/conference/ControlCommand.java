package cn.gov.egov.portal.conference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One conference-control (会控) command as conference-server reads it: a JSON object with an {@code action} and its
 * parameters, nothing else (docs/control.md). {@code venue} is a participant id.
 *
 * @param action the action's code, e.g. {@code muteAll}
 * @param body   the whole JSON object, {@code action} included
 */
public record ControlCommand(String action, Map<String, Object> body) {

    /** Thin-link modes (弱网模式), in the order a selector offers them. */
    public static final String[] THIN_LINK_MODES = {"NORMAL", "LOW", "AUDIO_ONLY"};

    /** Polling targets (轮巡画面). */
    public static final String[] POLLING_TARGETS = {"MAIN_VENUE", "ALL"};

    public static final int MIN_POLL_SECONDS = 5;
    public static final int MAX_POLL_SECONDS = 300;

    public ControlCommand {
        Objects.requireNonNull(action, "action");
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body)); // in order: action first
    }

    private static ControlCommand of(String action, Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], Objects.requireNonNull(pairs[i + 1], (String) pairs[i]));
        }
        return new ControlCommand(action, body);
    }

    // on one venue

    public static ControlCommand designateMain(String venue) {
        return of("designateMain", "venue", venue);
    }

    public static ControlCommand broadcast(String venue) {
        return of("broadcast", "venue", venue);
    }

    public static ControlCommand rollCall(String venue) {
        return of("rollCall", "venue", venue);
    }

    public static ControlCommand mute(String venue) {
        return of("mute", "venue", venue);
    }

    public static ControlCommand unmute(String venue) {
        return of("unmute", "venue", venue);
    }

    public static ControlCommand cameraOff(String venue) {
        return of("cameraOff", "venue", venue);
    }

    public static ControlCommand cameraOn(String venue) {
        return of("cameraOn", "venue", venue);
    }

    public static ControlCommand grantHand(String venue) {
        return of("grantHand", "venue", venue);
    }

    public static ControlCommand refuseHand(String venue) {
        return of("refuseHand", "venue", venue);
    }

    public static ControlCommand remove(String venue) {
        return of("remove", "venue", venue);
    }

    /** Lifts the ban of a removed identity ({@code room:<uuid>} or {@code user:<username>}). */
    public static ControlCommand readmit(String identity) {
        return of("readmit", "identity", identity);
    }

    /** @param mode NORMAL, LOW or AUDIO_ONLY */
    public static ControlCommand thinLink(String venue, String mode) {
        return of("thinLink", "venue", venue, "mode", mode);
    }

    // on the whole conference

    public static ControlCommand cancelBroadcast() {
        return of("cancelBroadcast");
    }

    public static ControlCommand endRollCall() {
        return of("endRollCall");
    }

    /**
     * @param intervalSeconds {@value #MIN_POLL_SECONDS}–{@value #MAX_POLL_SECONDS}
     * @param target          MAIN_VENUE or ALL
     */
    public static ControlCommand poll(int intervalSeconds, String target) {
        return of("poll", "intervalSeconds", intervalSeconds, "target", target);
    }

    public static ControlCommand stopPoll() {
        return of("stopPoll");
    }

    /** @param exceptMain leave the main venue unmuted */
    public static ControlCommand muteAll(boolean exceptMain) {
        return exceptMain ? of("muteAll", "exceptMain", true) : of("muteAll");
    }

    public static ControlCommand unmuteAll() {
        return of("unmuteAll");
    }

    public static ControlCommand lock() {
        return of("lock");
    }

    public static ControlCommand unlock() {
        return of("unlock");
    }

    public static ControlCommand end() {
        return of("end");
    }
}
