package cn.gov.egov.conference.live;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.conference.OccurrenceState;

/**
 * Who may join which occurrence, when. A room joins conferences that list it; a desktop user joins conferences
 * that invite them, that they organised, or whose organiser region they administer. Either joins only while an
 * occurrence is live: from the join window before its start until the grace period after its end. Plain Java.
 */
public final class JoinPolicy {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Authority authority;
    private final Duration joinWindow;
    private final Duration grace;

    public JoinPolicy(Authority authority, Duration joinWindow, Duration grace) {
        this.authority = authority;
        this.joinWindow = joinWindow;
        this.grace = grace;
    }

    /** The occurrence a desktop user joins now, or why not. */
    public Occurrence admitUser(Conference c, List<Occurrence> occurrences, Actor user, Instant now) {
        boolean invited = c.invitees().contains(user.username()) || c.createdBy().equals(user.username())
                || authority.canManage(user, c.organiserRegion());
        if (!invited) {
            throw new JoinRefusedException("not-invited", "您不在本次会议的邀请名单中");
        }
        return live(c, occurrences, now);
    }

    /** The occurrence a room joins now, or why not. */
    public Occurrence admitRoom(Conference c, List<Occurrence> occurrences, UUID roomId, Instant now) {
        if (!c.roomIds().contains(roomId)) {
            throw new JoinRefusedException("room-not-invited", "本会议室不在本次会议的参会名单中");
        }
        return live(c, occurrences, now);
    }

    /** Whether the occurrence is open for joining at {@code now}. */
    public boolean isLive(Conference c, Occurrence o, Instant now) {
        if (o.state() == OccurrenceState.ENDED) {
            return false; // ended early by its chair, or already closed by the lifecycle job
        }
        return OccurrenceState.at(now, o.start(), o.end(), c.cancelled() || o.state() == OccurrenceState.CANCELLED,
                joinWindow, grace) == OccurrenceState.LIVE;
    }

    private Occurrence live(Conference c, List<Occurrence> occurrences, Instant now) {
        if (c.cancelled()) {
            throw new JoinRefusedException("cancelled", "会议已取消");
        }
        return occurrences.stream().filter(o -> isLive(c, o, now)).findFirst().orElseThrow(() -> {
            var next = occurrences.stream().filter(o -> o.state() != OccurrenceState.CANCELLED
                    && o.start().minus(joinWindow).isAfter(now)).min(Comparator.comparing(Occurrence::start));
            if (next.isEmpty()) {
                return new JoinRefusedException("over", "会议已结束");
            }
            String opens = WHEN.format(next.get().start().minus(joinWindow).atZone(ZoneId.of(c.timeZone())));
            return new JoinRefusedException("not-open", "会议尚未开始，请于 " + opens + " 之后入会");
        });
    }
}
