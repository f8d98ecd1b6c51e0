package cn.gov.egov.conference.signal.sdp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SDP text split into its session part and its media sections, each a list of {@code <type>=<value>} lines
 * (RFC 8866). Knows nothing of what the lines mean beyond {@code m=} and {@code a=}.
 */
final class Sdp {

    /** A 146-venue conference answers with about 300 m-lines, over 200 KiB; the signalling message limit is 1 MiB. */
    static final int MAX_BYTES = 1024 * 1024;

    /** One media section: its {@code m=} line's value and the lines after it. */
    record Section(int index, String media, List<String> lines) {

        /** The media kind: audio, video, application… */
        String kind() {
            int space = media.indexOf(' ');
            return space < 0 ? media : media.substring(0, space);
        }

        String mid() {
            return Sdp.attribute(lines, "mid").orElse(null);
        }

        /** sendrecv (the default), sendonly, recvonly or inactive. */
        String direction() {
            for (String d : List.of("sendrecv", "sendonly", "recvonly", "inactive")) {
                if (lines.contains("a=" + d)) {
                    return d;
                }
            }
            return "sendrecv";
        }

        List<String> attributes(String name) {
            return Sdp.attributes(lines, name);
        }

        Optional<String> attribute(String name) {
            return Sdp.attribute(lines, name);
        }

        /** "m-line 1 (mid 1)", for messages. */
        String label() {
            String mid = mid();
            return "m-line " + index + (mid == null ? "" : " (mid " + clip(mid) + ")");
        }
    }

    private final List<String> session;
    private final List<Section> media;

    private Sdp(List<String> session, List<Section> media) {
        this.session = session;
        this.media = media;
    }

    /**
     * Splits an SDP text into lines and sections.
     *
     * @param what how messages call the text, e.g. "SDP answer"
     * @throws BadSdpException if it is empty, longer than 1 MiB or no SDP
     */
    static Sdp parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new BadSdpException(what + " is empty");
        }
        if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BadSdpException(what + " is longer than 1 MiB (" + MAX_BYTES + " bytes)");
        }
        String[] lines = text.split("\r?\n");
        List<String> session = new ArrayList<>();
        List<Section> media = new ArrayList<>();
        List<String> current = session;
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
                throw new BadSdpException(what + " is not SDP: line " + number + " is not '<letter>=<value>': "
                        + clip(line));
            }
            if (session.isEmpty() && current == session && !line.equals("v=0")) {
                throw new BadSdpException(what + " is not SDP: it must begin with v=0, not " + clip(line));
            }
            if (line.startsWith("m=")) {
                current = new ArrayList<>();
                media.add(new Section(media.size(), line.substring(2), current));
            } else {
                current.add(line);
            }
        }
        return new Sdp(List.copyOf(session), List.copyOf(media));
    }

    List<String> session() {
        return session;
    }

    List<Section> media() {
        return media;
    }

    /** Values of {@code a=<name>:<value>} lines ("" for a flag {@code a=<name>}). */
    static List<String> attributes(List<String> lines, String name) {
        String flag = "a=" + name;
        String prefix = flag + ":";
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                out.add(line.substring(prefix.length()).trim());
            } else if (line.equals(flag)) {
                out.add("");
            }
        }
        return out;
    }

    static Optional<String> attribute(List<String> lines, String name) {
        return attributes(lines, name).stream().findFirst();
    }

    /** A piece of the client's text short enough to quote in a message, without control characters. */
    static String clip(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 80 ? clean : clean.substring(0, 77) + "...";
    }
}
