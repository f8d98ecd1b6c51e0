package cn.gov.egov.conference.live;

/** One client's signalling connection, as the live conference sees it. Implementations must not block long. */
public interface Peer {

    /** Sends one message (a record of {@link Signals}); a closed peer drops it. */
    void send(Object message);

    /** Says goodbye with a reason code and closes the connection. */
    void close(String reason);
}
