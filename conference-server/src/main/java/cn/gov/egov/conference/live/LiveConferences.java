package cn.gov.egov.conference.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import cn.gov.egov.colibri.Colibri2Client;
import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.bridge.BridgeRegistry;
import cn.gov.egov.conference.bridge.BridgeStatus;
import cn.gov.egov.conference.bridge.selection.CascadeTopology;
import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceRepository;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.conference.OccurrenceState;
import cn.gov.egov.conference.control.ConferenceControl;
import cn.gov.egov.conference.control.ControlSetup;
import cn.gov.egov.conference.focus.FocusConference;
import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.region.RegionTree;

/**
 * The live conferences this instance runs as focus: admits clients to the occurrence that is live now (opening it
 * on the bridges on first join, under a lease in PostgreSQL so one instance runs it), expires endpoints whose
 * clients never answered, ends occurrences at their end, and moves participants off a bridge that fails.
 */
@Service
public class LiveConferences {

    private static final Logger log = LoggerFactory.getLogger(LiveConferences.class);

    /** A client admitted to a live conference, not yet joined. */
    public record Admission(LiveConference conference, Attendee attendee) {
    }

    private final ConferenceRepository conferences;
    private final LiveSchedule schedule;
    private final JoinPolicy policy;
    private final BridgeRegistry bridges;
    private final Colibri2Client colibri;
    private final CascadeTopology topology;
    private final LiveLeases leases;
    private final FocusProperties properties;
    private final ObjectProvider<LiveConference.Listener> listeners;
    private final RegionTree regions;
    private final Clock clock;
    private final Map<UUID, LiveConference> live = new ConcurrentHashMap<>();
    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

    public LiveConferences(ConferenceRepository conferences, LiveSchedule schedule, JoinPolicy policy,
                           BridgeRegistry bridges, Colibri2Client colibri, CascadeTopology topology,
                           LiveLeases leases, FocusProperties properties,
                           ObjectProvider<LiveConference.Listener> listeners, RegionTree regions,
                           MeterRegistry meters, Clock clock) {
        this.conferences = conferences;
        this.schedule = schedule;
        this.policy = policy;
        this.bridges = bridges;
        this.colibri = colibri;
        this.topology = topology;
        this.leases = leases;
        this.properties = properties;
        this.listeners = listeners;
        this.regions = regions;
        this.clock = clock;
        bridges.onFailure(this::bridgeFailed);
        Gauge.builder("conference.live", live, Map::size).register(meters);
        Gauge.builder("conference.participants", live, m -> m.values().stream()
                .mapToInt(c -> c.members().size()).sum()).register(meters);
    }

    /** A signed-in user joining the conference their ticket names. */
    public Admission admitUser(Actor user, String displayName, UUID conferenceId) {
        Conference c = conferences.find(conferenceId)
                .orElseThrow(() -> new JoinRefusedException("unknown-conference", "未找到该会议"));
        Occurrence o = policy.admitUser(c, conferences.occurrences(c.id()), user, clock.instant());
        return new Admission(open(c, o), Attendee.desktop(user.username(), displayName, user.regionCode()));
    }

    /** A room terminal joining: the given conference, or whichever of its conferences is live now. */
    public Admission admitRoom(MeetingRoom room, UUID conferenceId) {
        Instant now = clock.instant();
        UUID id = conferenceId;
        if (id == null) {
            id = schedule.upcoming(room.id(), now).stream()
                    .filter(s -> conferences.find(s.conferenceId()).map(c -> conferences.occurrences(c.id()).stream()
                            .anyMatch(o -> o.id().equals(s.occurrenceId()) && policy.isLive(c, o, now)))
                            .orElse(false))
                    .map(LiveSchedule.Slot::conferenceId).findFirst()
                    .orElseThrow(() -> new JoinRefusedException("not-open", "本会议室当前没有可加入的会议"));
        }
        UUID cid = id;
        Conference c = conferences.find(cid)
                .orElseThrow(() -> new JoinRefusedException("unknown-conference", "未找到该会议"));
        Occurrence o = policy.admitRoom(c, conferences.occurrences(c.id()), room.id(), now);
        return new Admission(open(c, o), Attendee.room(room.id(), room.name(), room.regionCode()));
    }

    /** A client lost its bridge channel or media: check its bridge now rather than at the next poll. */
    public void suspectBridge(LiveConference c, String participantId) {
        String bridge = c.bridgeOf(participantId);
        if (bridge != null) {
            bridges.probe(bridge);
        }
    }

    /** The live occurrence of a conference this focus runs, if any. */
    public Optional<LiveConference> findByConference(UUID conferenceId) {
        return live.values().stream().filter(c -> c.info().conferenceId().equals(conferenceId) && !c.ended())
                .findFirst();
    }

    public Optional<LiveConference> find(UUID occurrenceId) {
        return Optional.ofNullable(live.get(occurrenceId));
    }

    public Collection<LiveConference> all() {
        return List.copyOf(live.values());
    }

    private LiveConference open(Conference c, Occurrence o) {
        LiveConference existing = live.get(o.id());
        if (existing != null && !existing.ended()) {
            return existing;
        }
        synchronized (live) {
            existing = live.get(o.id());
            if (existing != null && !existing.ended()) {
                return existing;
            }
            if (!leases.acquire(o.id(), properties.instanceId(), properties.leaseTtl().toMillis())) {
                throw new JoinRefusedException("elsewhere", "本会议由另一台会议服务器主持，请稍后重试");
            }
            String meetingId = o.id().toString();
            FocusConference focus = new FocusConference(meetingId, meetingId + "@conference.egov.local", colibri,
                    region -> bridges.select(region).map(BridgeStatus::bridge), topology, bridges::reportFailure);
            Signals.ConferenceInfo info = new Signals.ConferenceInfo(c.id(), o.id(), c.title(), o.start(), o.end(),
                    c.mainRoomId());
            ConferenceControl control = new ConferenceControl(ControlSetup.of(c), regions::isWithin, clock);
            LiveConference conference = new LiveConference(info, focus, control, new Fanout(), clock);
            conference.prepareBroadcastsWith(message -> new Signals.Prepared(json.writeValueAsString(message)));
            live.put(o.id(), conference);
            log.info("Conference {} ({}) occurrence {} is live on this focus", c.title(), c.id(), o.id());
            return conference;
        }
    }

    /** Every few seconds: renew leases, expire silent endpoints, end what is over. */
    @Scheduled(fixedDelayString = "${conference.focus.housekeeping:PT5S}")
    public void housekeeping() {
        Instant now = clock.instant();
        for (LiveConference c : all()) {
            UUID occurrence = c.info().occurrenceId();
            try {
                if (c.ended()) {
                    live.remove(occurrence, c);
                    leases.release(occurrence, properties.instanceId());
                    continue;
                }
                boolean over = conferences.find(c.info().conferenceId()).map(conf -> conferences
                        .occurrences(conf.id()).stream().filter(o -> o.id().equals(occurrence)).findFirst()
                        .map(o -> !policy.isLive(conf, o, now)).orElse(true)).orElse(true);
                if (over) {
                    end(c, "ended");
                    continue;
                }
                if (!leases.acquire(occurrence, properties.instanceId(), properties.leaseTtl().toMillis())) {
                    log.warn("Lost the lease on occurrence {}: another focus runs it now", occurrence);
                    end(c, "moved");
                    continue;
                }
                List<String> silent = c.expireSilent(properties.answerTimeout());
                if (!silent.isEmpty()) {
                    log.info("Expired {} endpoint(s) that never answered in occurrence {}", silent.size(), occurrence);
                }
            } catch (RuntimeException e) {
                log.warn("Housekeeping of occurrence {} failed: {}", occurrence, e.toString());
            }
        }
    }

    /** Rosters and control states changed by the last few hundred milliseconds' joins and commands go out. */
    @Scheduled(fixedDelayString = "${conference.focus.broadcast-interval:PT0.2S}")
    public void flushBroadcasts() {
        for (LiveConference c : all()) {
            try {
                c.flushBroadcasts();
            } catch (RuntimeException e) {
                log.warn("Broadcast in occurrence {} failed: {}", c.info().occurrenceId(), e.toString());
            }
        }
    }

    /** Polling (轮巡) moves on by the clock. */
    @Scheduled(fixedDelayString = "PT1S")
    public void tick() {
        for (LiveConference c : all()) {
            try {
                c.tick();
            } catch (RuntimeException e) {
                log.warn("Control tick of occurrence {} failed: {}", c.info().occurrenceId(), e.toString());
            }
        }
    }

    /** Ends a live occurrence now (conference control, or its time is over). */
    public void end(LiveConference c, String reason) {
        try {
            c.end(reason);
            if ("ended".equals(reason)) {
                UUID o = c.info().occurrenceId();
                if (!conferences.updateState(o, OccurrenceState.LIVE, OccurrenceState.ENDED)) {
                    conferences.updateState(o, OccurrenceState.SCHEDULED, OccurrenceState.ENDED);
                }
            }
        } finally {
            live.remove(c.info().occurrenceId(), c);
            leases.release(c.info().occurrenceId(), properties.instanceId());
        }
    }

    private void bridgeFailed(String bridgeId) {
        for (LiveConference c : all()) {
            Thread.ofVirtual().name("failover-" + bridgeId).start(() -> {
                try {
                    List<String> moved = c.failover(bridgeId);
                    if (!moved.isEmpty()) {
                        log.warn("Bridge {} failed: moved {} participant(s) of occurrence {}", bridgeId,
                                moved.size(), c.info().occurrenceId());
                    }
                } catch (RuntimeException e) {
                    log.error("Failover off bridge {} failed for occurrence {}", bridgeId,
                            c.info().occurrenceId(), e);
                }
            });
        }
    }

    /** Passes joins and leaves to every listener bean (attendance, control). */
    private final class Fanout implements LiveConference.Listener {
        @Override
        public void joined(LiveConference conference, String participantId, Attendee who) {
            listeners.orderedStream().forEach(l -> safely(() -> l.joined(conference, participantId, who)));
        }

        @Override
        public void left(LiveConference conference, String participantId, Attendee who, String reason) {
            listeners.orderedStream().forEach(l -> safely(() -> l.left(conference, participantId, who, reason)));
        }

        private void safely(Runnable r) {
            try {
                r.run();
            } catch (RuntimeException e) {
                log.warn("A conference listener failed: {}", e.toString());
            }
        }
    }

    /** How long a reconnect ticket for this conference stays valid: until its end plus a margin. */
    public Duration resumeValidity(LiveConference c) {
        return Duration.between(clock.instant(), c.info().end()).plus(properties.resumeTtl());
    }
}
