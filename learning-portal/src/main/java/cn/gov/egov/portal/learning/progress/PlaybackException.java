package cn.gov.egov.portal.learning.progress;

import cn.gov.egov.portal.learning.LearningException;

/** A playback command (start, presence answer, end) that the rules refuse. Heartbeats never throw. */
public class PlaybackException extends LearningException {

    private static final long serialVersionUID = 1L;

    public PlaybackException(String code, String message) {
        super(code, message);
    }
}
