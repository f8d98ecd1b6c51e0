package cn.gov.egov.conference.room;

/** A room terminal presented no token, a malformed one, or one that was revoked or replaced. */
public class TerminalAuthException extends RuntimeException {
    public TerminalAuthException(String message) {
        super(message);
    }
}
