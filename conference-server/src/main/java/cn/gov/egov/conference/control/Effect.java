package cn.gov.egov.conference.control;

import java.util.UUID;

/**
 * What the signalling layer must do after a change of {@link ControlState}, derived from the difference between the
 * old and the new snapshot ({@link Effects#between}), so effects never disagree with the state. Apply them in order.
 */
public sealed interface Effect {

    /**
     * Force a participant's microphone and camera on the bridge (Colibri2 {@code force-mute}); both flags are the
     * full new setting, not a delta.
     */
    record ForceMute(String participantId, boolean audio, boolean video) implements Effect {
    }

    /**
     * Who each client shows large. Every client shows {@code featured}, except the main venue, which shows
     * {@code featuredAtMainVenue}. Null means no choice: the client's own default (the active speaker). A client
     * never shows itself large: when it is the one featured it shows the main venue (or, at the main venue, the
     * active speaker).
     */
    record Layout(String mainVenue, String featured, String featuredAtMainVenue) implements Effect {
    }

    /**
     * Limit what the bridge sends a participant (its receiver video constraints): {@code maxHeight} null for no
     * limit, 0 with {@code audioOnly} for no video at all.
     */
    record ReceiverLimit(String participantId, ThinLink mode, Integer maxHeight, boolean audioOnly)
            implements Effect {

        static ReceiverLimit of(String participantId, ThinLink mode) {
            return new ReceiverLimit(participantId, mode, mode.maxHeight(), mode == ThinLink.AUDIO_ONLY);
        }
    }

    /**
     * Disconnect a participant; it was removed (移出) and may not rejoin this occurrence.
     *
     * @param reason  an English code, {@code removed}
     * @param message what to tell the participant, in Chinese
     */
    record Disconnect(String participantId, String reason, String message) implements Effect {
    }

    /** The conference ended: disconnect everyone and release the bridges. */
    record EndConference(UUID conferenceId) implements Effect {
    }
}
