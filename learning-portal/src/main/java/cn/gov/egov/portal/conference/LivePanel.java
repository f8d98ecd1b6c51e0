package cn.gov.egov.portal.conference;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import cn.gov.egov.portal.conference.LiveModels.ControlState;
import cn.gov.egov.portal.conference.LiveModels.LiveView;
import cn.gov.egov.portal.conference.LiveModels.VenueState;

/**
 * What the control panel (会控) shows of a live conference, derived from conference-server's live view: the venues
 * (main venue first, then the sub-venues in join order) with their marks, and the raised hands in the order they
 * were raised. Plain Java.
 */
public record LivePanel(LiveView view, List<Row> venues, List<Row> hands) {

    /**
     * One venue as a row of the panel.
     *
     * @param connected      its media is connected (it answered its offer); false while it is still connecting
     * @param featured       every client shows it large now (roll call, broadcast or polling to all)
     * @param featuredAtMain the main venue shows it large now
     * @param thinLink       NORMAL, LOW or AUDIO_ONLY
     */
    public record Row(String id, String name, String kind, String regionCode, String identity, boolean main,
                      boolean connected, boolean audioMuted, boolean videoOff, Instant handRaisedAt,
                      String thinLink, boolean featured, boolean featuredAtMain, boolean broadcast,
                      boolean rollCall, boolean polled, boolean mayControl, boolean mayControlAll) {

        public boolean room() {
            return "ROOM".equals(kind);
        }

        public boolean handRaised() {
            return handRaisedAt != null;
        }
    }

    public LivePanel {
        Objects.requireNonNull(view, "view");
        venues = List.copyOf(venues);
        hands = List.copyOf(hands);
    }

    public static LivePanel of(LiveView view) {
        ControlState c = view.control();
        List<VenueState> present = c == null ? List.of() : c.venues();
        List<Row> rows = Stream.concat(
                        present.stream().filter(v -> v.id().equals(c.mainVenue())),
                        present.stream().filter(v -> !v.id().equals(c.mainVenue()))
                                .sorted(Comparator.comparingLong(VenueState::joinOrder)))
                .map(v -> row(view, c, v)).toList();
        List<Row> hands = rows.stream().filter(Row::handRaised)
                .sorted(Comparator.comparing(Row::handRaisedAt)).toList();
        return new LivePanel(view, rows, hands);
    }

    private static Row row(LiveView view, ControlState c, VenueState v) {
        String id = v.id();
        var venue = v.venue();
        String name = venue.displayName() != null ? venue.displayName() : view.participants().stream()
                .filter(p -> p.id().equals(id)).map(LiveModels.Participant::name).findFirst().orElse(id);
        String identity = "ROOM".equals(venue.kind()) ? "room:" + venue.roomId() : "user:" + venue.username();
        var layout = c.layout();
        return new Row(id, name, venue.kind(), venue.regionCode(), identity, id.equals(c.mainVenue()),
                view.connected().contains(id), v.audioMuted(), v.videoOff(), v.handRaisedAt(),
                v.thinLink() == null ? "NORMAL" : v.thinLink(), id.equals(layout.featured()),
                id.equals(layout.featuredAtMainVenue()), id.equals(c.broadcast()),
                c.rollCall() != null && id.equals(c.rollCall().venue()),
                c.polling() != null && id.equals(c.polling().current()), view.authority().controls(id),
                view.authority().whole());
    }

    public ControlState control() {
        return view.control();
    }

    /** May take the conference-wide actions (main venue, roll call, polling, mute all, lock, end). */
    public boolean whole() {
        return view.authority().whole();
    }

    /** May control nothing here: the panel is read-only. */
    public boolean readOnly() {
        return !view.authority().anything();
    }

    /** The control revision, or -1 without a control state. */
    public long revision() {
        return view.control() == null ? -1 : view.control().revision();
    }

    public boolean ended() {
        return view.control() != null && view.control().ended();
    }

    public Optional<Row> venue(String participantId) {
        return participantId == null ? Optional.empty()
                : venues.stream().filter(r -> r.id().equals(participantId)).findFirst();
    }

    /** The venue's name, or empty when no such venue is present. */
    public Optional<String> nameOf(String participantId) {
        return venue(participantId).map(Row::name);
    }
}
