package cn.gov.egov.conference.focus;

import org.jitsi.xmpp.extensions.colibri2.Sources;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;

/**
 * Where a participant's media go: the bridge, and the transport the bridge answered (ICE, DTLS, bridge-channel
 * URL), which the participant's SDP offer is made from.
 *
 * @param sources the participant's own sources once its client has said them (null before)
 */
public record Placement(String participantId, String region, String bridgeId, IceUdpTransportPacketExtension transport,
                        Sources sources) {
}
