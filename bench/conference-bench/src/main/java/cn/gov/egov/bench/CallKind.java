package cn.gov.egov.bench;

import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Relay;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;

/** What a Colibri2 request did, for counting the focus's requests by purpose. */
enum CallKind {
    ENDPOINT_CREATE("endpoint allocated"),
    ENDPOINT_ANSWER("endpoint given the client's transport and/or sources"),
    ENDPOINT_OTHER("endpoint changed otherwise (force-mute)"),
    ENDPOINT_EXPIRE("endpoint expired"),
    RELAY_CREATE("relay created"),
    RELAY_TRANSPORT("relay given the peer bridge's transport"),
    RELAY_MEMBERS("relay told who joined or left behind it"),
    RELAY_SOURCES("relay told a remote participant's sources"),
    RELAY_EXPIRE("relay expired"),
    CONFERENCE_EXPIRE("conference expired"),
    REFUSED("refused or not understood");

    final String description;

    CallKind(String description) {
        this.description = description;
    }

    /** The purpose of a request the bridge understood (the first element decides; the focus sends one each). */
    static CallKind of(ConferenceModifyIQ iq) {
        if (iq == null) {
            return REFUSED;
        }
        if (iq.getExpire()) {
            return CONFERENCE_EXPIRE;
        }
        if (!iq.getEndpoints().isEmpty()) {
            Colibri2Endpoint e = iq.getEndpoints().getFirst();
            if (e.getCreate()) {
                return ENDPOINT_CREATE;
            }
            if (e.getExpire()) {
                return ENDPOINT_EXPIRE;
            }
            return e.getTransport() != null || e.getSources() != null ? ENDPOINT_ANSWER : ENDPOINT_OTHER;
        }
        if (!iq.getRelays().isEmpty()) {
            Colibri2Relay r = iq.getRelays().getFirst();
            if (r.getCreate()) {
                return RELAY_CREATE;
            }
            if (r.getExpire()) {
                return RELAY_EXPIRE;
            }
            if (r.getTransport() != null) {
                return RELAY_TRANSPORT;
            }
            if (r.getEndpoints() != null && r.getEndpoints().getEndpoints().stream()
                    .allMatch(e -> !e.getCreate() && !e.getExpire() && e.getSources() != null)) {
                return RELAY_SOURCES;
            }
            return RELAY_MEMBERS;
        }
        return ENDPOINT_OTHER;
    }
}
