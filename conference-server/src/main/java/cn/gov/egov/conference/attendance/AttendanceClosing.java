package cn.gov.egov.conference.attendance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.gov.egov.conference.conference.ConferenceEvent;

/**
 * Closes sessions still open when their occurrence ends (at the end plus the grace period) or their conference is
 * cancelled, inside the transaction that makes the change: no occurrence is ended with people still on record.
 * Sessions the signalling layer already closed are left alone.
 */
@Component
class AttendanceClosing {

    private final AttendanceRecorder recorder;

    AttendanceClosing(AttendanceRecorder recorder) {
        this.recorder = recorder;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void on(ConferenceEvent event) {
        switch (event.type()) {
            case ENDED -> {
                if (event.occurrenceId() != null) {
                    recorder.closeOpen(event.occurrenceId(), LeaveReason.ENDED);
                }
            }
            case CANCELLED -> recorder.closeOpenOfConference(event.conferenceId(), LeaveReason.ENDED);
            case SCHEDULED, CHANGED, WENT_LIVE -> {
                // nothing to close
            }
        }
    }
}
