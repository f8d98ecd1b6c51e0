package cn.gov.egov.conference.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Immutable snapshot of the conference control (会控) of one live conference, as pushed to clients: a plain record
 * tree that Jackson writes as it is, plus the derived {@link #layout()}. Every change makes a new snapshot with a
 * higher {@code revision}; a snapshot that changed nothing keeps its revision.
 *
 * @param venues            the present venues, in join order
 * @param mainVenue         the participant id of the main venue (主会场) while it is present, else null
 * @param mainVenueIdentity the {@link Venue#identity()} of the main venue, kept while it is away so a reconnecting
 *                          main room is main again
 * @param broadcast         the venue every client shows large (广播), or null
 * @param rollCall          the roll call (点名) in progress, or null
 * @param polling           the polling (轮巡) in progress, or null
 * @param muteAll           the mute-all (全场静音) in force, or null; venues joining while it is in force come muted
 * @param locked            no new venues may join (see docs/control.md for who still may)
 * @param ended             the conference is over; nothing can be done any more
 * @param banned            identities removed (移出) in this occurrence, who may not rejoin unless readmitted
 * @param departed          forced settings of venues that left, restored when they rejoin
 */
public record ControlState(UUID conferenceId, long revision, Instant updatedAt, List<VenueState> venues,
                           String mainVenue, String mainVenueIdentity, String broadcast, RollCall rollCall,
                           Polling polling, MuteAll muteAll, boolean locked, boolean ended, List<Ban> banned,
                           List<Departed> departed) {

    /**
     * A polling in progress: every {@code intervalSeconds} the next sub-venue in join order is shown.
     *
     * @param current    the venue shown now, or null while there is no sub-venue to show
     * @param nextSwitch when {@code tick()} moves on to the next venue
     */
    public record Polling(int intervalSeconds, PollingTarget target, String current, Instant nextSwitch) {

        public static final int MIN_INTERVAL_SECONDS = 5;
        public static final int MAX_INTERVAL_SECONDS = 300;

        public static boolean validInterval(long seconds) {
            return seconds >= MIN_INTERVAL_SECONDS && seconds <= MAX_INTERVAL_SECONDS;
        }
    }

    /**
     * A roll call in progress, with what ending it restores.
     *
     * @param presentBefore venues present when the first roll call of this run began
     * @param mutedBefore   those of them that were muted then
     */
    public record RollCall(String venue, Instant since, List<String> presentBefore, List<String> mutedBefore) {

        public RollCall {
            presentBefore = List.copyOf(presentBefore);
            mutedBefore = List.copyOf(mutedBefore);
        }
    }

    /**
     * Mute-all in force.
     *
     * @param exceptMain     the main venue was left unmuted (and is when it rejoins)
     * @param exceptIdentity a speaker left unmuted (and when it rejoins), or null
     */
    public record MuteAll(Instant since, boolean exceptMain, String exceptIdentity) {
    }

    /** A removed identity, with who removed it (a username or terminal). */
    public record Ban(String identity, String displayName, String regionCode, Instant at, String by) {
    }

    /** Forced settings of a venue that left, by identity. */
    public record Departed(String identity, Instant at, boolean audioMuted, boolean videoOff, ThinLink thinLink) {
    }

    public ControlState {
        Objects.requireNonNull(conferenceId, "conferenceId");
        venues = List.copyOf(venues);
        banned = List.copyOf(banned);
        departed = List.copyOf(departed);
    }

    static ControlState initial(UUID conferenceId, String mainVenueIdentity, Instant now) {
        return new ControlState(conferenceId, 0, now, List.of(), null, mainVenueIdentity, null, null, null, null,
                false, false, List.of(), List.of());
    }

    public Optional<VenueState> venue(String participantId) {
        return venues.stream().filter(v -> v.id().equals(participantId)).findFirst();
    }

    /** The sub-venues (分会场): every present venue but the main venue, in join order. */
    public List<VenueState> subVenues() {
        return venues.stream().filter(v -> !v.id().equals(mainVenue)).toList();
    }

    public Optional<Ban> ban(String identity) {
        return banned.stream().filter(b -> b.identity().equals(identity)).findFirst();
    }

    /**
     * Who is shown large, derived from the rest: a roll call over a broadcast over an ALL polling for everyone; the
     * main venue sees the roll call, else its own polling, else what everyone sees.
     */
    @JsonProperty("layout")
    public Effect.Layout layout() {
        String featured = rollCall != null ? rollCall.venue()
                : broadcast != null ? broadcast
                : polling != null && polling.target() == PollingTarget.ALL ? polling.current()
                : null;
        String atMain = rollCall != null ? rollCall.venue()
                : polling != null && polling.target() == PollingTarget.MAIN_VENUE && polling.current() != null
                        ? polling.current()
                        : featured;
        return new Effect.Layout(mainVenue, featured, atMain);
    }
}
