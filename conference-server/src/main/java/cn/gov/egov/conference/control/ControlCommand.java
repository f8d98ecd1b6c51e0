package cn.gov.egov.conference.control;

import java.util.Map;

/**
 * A control action as a browser sends it, e.g. {@code {"action":"broadcast","venue":"ab12cd34"}}; one record per
 * {@link ControlAction}. {@link #parse} checks the shape (known action, no unknown fields, parameters of the right
 * type and range); whether the venue exists and the sender may act is checked when it is applied. The JSON of every
 * action is listed in docs/control.md.
 */
public sealed interface ControlCommand {

    ControlAction action();

    /** Carries the command out on the conference, as the controller. */
    ControlResult applyTo(ConferenceControl c, Controller by);

    /**
     * The command of a decoded JSON object.
     *
     * @throws ControlRejectedException for an unknown action, an unknown field or a bad parameter
     */
    static ControlCommand parse(Map<String, ?> json) {
        return CommandParser.parse(json);
    }

    record DesignateMain(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.DESIGNATE_MAIN;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.designateMain(by, venue);
        }
    }

    record Broadcast(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.BROADCAST;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.broadcast(by, venue);
        }
    }

    record CancelBroadcast() implements ControlCommand {
        public ControlAction action() {
            return ControlAction.CANCEL_BROADCAST;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.cancelBroadcast(by);
        }
    }

    record RollCall(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.ROLL_CALL;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.rollCall(by, venue);
        }
    }

    record EndRollCall() implements ControlCommand {
        public ControlAction action() {
            return ControlAction.END_ROLL_CALL;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.endRollCall(by);
        }
    }

    record StartPolling(int intervalSeconds, PollingTarget target) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.START_POLLING;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.startPolling(by, intervalSeconds, target);
        }
    }

    record StopPolling() implements ControlCommand {
        public ControlAction action() {
            return ControlAction.STOP_POLLING;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.stopPolling(by);
        }
    }

    record MuteAll(boolean exceptMain, String except) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.MUTE_ALL;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.muteAll(by, exceptMain, except);
        }
    }

    record UnmuteAll() implements ControlCommand {
        public ControlAction action() {
            return ControlAction.UNMUTE_ALL;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.unmuteAll(by);
        }
    }

    record Mute(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.MUTE;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.mute(by, venue);
        }
    }

    record Unmute(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.UNMUTE;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.unmute(by, venue);
        }
    }

    record RaiseHand(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.RAISE_HAND;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.raiseHand(by, venue);
        }
    }

    record LowerHand(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.LOWER_HAND;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.lowerHand(by, venue);
        }
    }

    record GrantHand(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.GRANT_HAND;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.grantHand(by, venue);
        }
    }

    record RefuseHand(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.REFUSE_HAND;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.refuseHand(by, venue);
        }
    }

    record CameraOff(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.CAMERA_OFF;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.cameraOff(by, venue);
        }
    }

    record CameraOn(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.CAMERA_ON;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.cameraOn(by, venue);
        }
    }

    record Remove(String venue) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.REMOVE;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.remove(by, venue);
        }
    }

    record Readmit(String identity) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.READMIT;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.readmit(by, identity);
        }
    }

    record Lock() implements ControlCommand {
        public ControlAction action() {
            return ControlAction.LOCK;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.lock(by);
        }
    }

    record Unlock() implements ControlCommand {
        public ControlAction action() {
            return ControlAction.UNLOCK;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.unlock(by);
        }
    }

    record End() implements ControlCommand {
        public ControlAction action() {
            return ControlAction.END;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.end(by);
        }
    }

    record SetThinLink(String venue, ThinLink mode) implements ControlCommand {
        public ControlAction action() {
            return ControlAction.THIN_LINK;
        }

        public ControlResult applyTo(ConferenceControl c, Controller by) {
            return c.thinLink(by, venue, mode);
        }
    }
}
