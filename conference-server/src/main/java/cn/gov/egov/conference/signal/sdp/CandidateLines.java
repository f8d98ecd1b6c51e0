package cn.gov.egov.conference.signal.sdp;

import java.util.Set;

import org.jitsi.xmpp.extensions.jingle.CandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.CandidateType;
import org.jitsi.xmpp.extensions.jingle.IceCandidatePacketExtension;

/**
 * ICE candidates between their Jingle form and their SDP form (RFC 8839 §5.1):
 * {@code candidate:<foundation> <component> <transport> <priority> <address> <port> typ <type>
 * [raddr <address>] [rport <port>] [tcptype <type>] [generation <n>]…}.
 */
final class CandidateLines {

    private static final Set<String> TYPES = Set.of("host", "srflx", "prflx", "relay");

    private CandidateLines() {
    }

    /** The attribute value, without {@code a=}: {@code candidate:1 1 udp 2130706431 192.0.2.1 10000 typ host…}. */
    static String write(CandidatePacketExtension c) {
        StringBuilder b = new StringBuilder("candidate:").append(c.getFoundation()).append(' ')
                .append(c.getComponent()).append(' ').append(c.getProtocol()).append(' ')
                .append(c.getAttributeAsString(CandidatePacketExtension.PRIORITY_ATTR_NAME)).append(' ')
                .append(c.getIP()).append(' ').append(c.getPort()).append(" typ ").append(c.getType());
        if (c.getRelAddr() != null) {
            b.append(" raddr ").append(c.getRelAddr()).append(" rport ").append(c.getRelPort());
        }
        if (c.getTcpType() != null) {
            b.append(" tcptype ").append(c.getTcpType());
        }
        return b.append(" generation ").append(Math.max(0, c.getGeneration())).toString();
    }

    /**
     * Reads the value of an {@code a=candidate} attribute.
     *
     * @param id the Jingle id to give the candidate
     * @throws BadSdpException if it is malformed
     */
    static CandidatePacketExtension read(String value, String id) {
        String[] t = value.substring("candidate:".length()).trim().split("\\s+");
        if (t.length < 8 || !"typ".equals(t[6])) {
            throw bad(value, "expected '<foundation> <component> <transport> <priority> <address> <port> typ <type>'");
        }
        String protocol = t[2].toLowerCase();
        if (!protocol.equals("udp") && !protocol.equals("tcp")) {
            throw bad(value, "transport must be udp or tcp");
        }
        if (!TYPES.contains(t[7])) {
            throw bad(value, "type must be one of host, srflx, prflx, relay");
        }
        CandidatePacketExtension c = new IceCandidatePacketExtension();
        c.setID(id);
        c.setFoundation(t[0]);
        c.setComponent((int) number(value, t[1], 1, 256, "component"));
        c.setProtocol(protocol);
        c.setPriority(number(value, t[3], 0, RemoteSource.MAX_SSRC, "priority"));
        c.setIP(t[4]);
        c.setPort((int) number(value, t[5], 0, 65_535, "port"));
        c.setType(CandidateType.valueOf(t[7]));
        c.setGeneration(0);
        c.setNetwork(0);
        for (int i = 8; i + 1 < t.length; i += 2) {
            switch (t[i]) {
                case "raddr" -> c.setRelAddr(t[i + 1]);
                case "rport" -> c.setRelPort((int) number(value, t[i + 1], 0, 65_535, "rport"));
                case "tcptype" -> c.setTcpType(t[i + 1]);
                case "generation" -> c.setGeneration((int) number(value, t[i + 1], 0, 255, "generation"));
                default -> {
                    // network-id, network-cost, ufrag…: not for the bridge
                }
            }
        }
        return c;
    }

    private static long number(String line, String token, long min, long max, String what) {
        try {
            long n = Long.parseLong(token);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(line, what + " must be a number from " + min + " to " + max + ", not '" + Sdp.clip(token) + "'");
    }

    private static BadSdpException bad(String line, String why) {
        return new BadSdpException("malformed a=" + Sdp.clip(line) + ": " + why);
    }
}
