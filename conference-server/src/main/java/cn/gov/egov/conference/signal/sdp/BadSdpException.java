package cn.gov.egov.conference.signal.sdp;

/**
 * A client sent an SDP answer we cannot use; the message says exactly what is wrong with it (and is safe to send
 * back to that client: it quotes nothing but the client's own SDP).
 */
public class BadSdpException extends RuntimeException {

    public BadSdpException(String message) {
        super(message);
    }
}
