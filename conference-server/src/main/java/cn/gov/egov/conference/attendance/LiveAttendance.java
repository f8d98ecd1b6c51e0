package cn.gov.egov.conference.attendance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import cn.gov.egov.conference.live.Attendee;
import cn.gov.egov.conference.live.LiveConference;

/** 签到 as people come and go: each signalling session of a room or user is one attendance row. */
@Component
class LiveAttendance implements LiveConference.Listener {

    private final AttendanceRecorder recorder;
    /** Open rows by occurrence and participant id. */
    private final Map<String, Long> open = new ConcurrentHashMap<>();

    LiveAttendance(AttendanceRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void joined(LiveConference conference, String participantId, Attendee who) {
        AttendeeIdentity identity = who.kind() == Attendee.Kind.ROOM
                ? AttendeeIdentity.room(who.roomId(), who.displayName(), who.regionCode())
                : AttendeeIdentity.desktop(who.username(), who.displayName(), who.regionCode());
        long id = recorder.joined(conference.info().occurrenceId(), conference.info().conferenceId(), identity,
                participantId);
        open.put(key(conference, participantId), id);
    }

    @Override
    public void left(LiveConference conference, String participantId, Attendee who, String reason) {
        Long id = open.remove(key(conference, participantId));
        if (id != null) {
            recorder.left(id, reason(reason));
        }
    }

    static LeaveReason reason(String reason) {
        return switch (reason) {
            case "left" -> LeaveReason.LEFT;
            case "removed" -> LeaveReason.REMOVED;
            case "ended" -> LeaveReason.ENDED;
            default -> LeaveReason.DISCONNECTED;
        };
    }

    private static String key(LiveConference conference, String participantId) {
        return conference.info().occurrenceId() + "/" + participantId;
    }
}
