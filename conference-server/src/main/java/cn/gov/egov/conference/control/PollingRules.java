package cn.gov.egov.conference.control;

import java.time.Instant;
import java.util.List;

import cn.gov.egov.conference.control.ControlState.Polling;

/**
 * Polling (轮巡): every sub-venue (all present venues but the main one) in join order, one interval each, round and
 * round. A venue that leaves is skipped from then on; one that joins comes last in the round.
 */
final class PollingRules {

    private PollingRules() {
    }

    static void start(Draft d, int intervalSeconds, PollingTarget target, Instant now) {
        if (!Polling.validInterval(intervalSeconds)) {
            throw Rules.reject("bad-interval", "轮巡间隔必须在 " + Polling.MIN_INTERVAL_SECONDS + " 到 "
                    + Polling.MAX_INTERVAL_SECONDS + " 秒之间");
        }
        if (target == null) {
            throw Rules.reject("bad-target", "请选择轮巡对象：主会场或全体会场");
        }
        if (target == PollingTarget.MAIN_VENUE && d.mainVenue == null) {
            throw Rules.reject("no-main-venue", "主会场不在会议中，无法向主会场轮巡");
        }
        List<VenueState> subs = d.subVenues();
        if (subs.isEmpty()) {
            throw Rules.reject("no-sub-venues", "没有可以轮巡的分会场");
        }
        d.polling = new Polling(intervalSeconds, target, subs.getFirst().id(), now.plusSeconds(intervalSeconds));
        if (target == PollingTarget.ALL) {
            d.broadcast = null;
        }
    }

    static void stop(Draft d) {
        if (d.polling == null) {
            throw Rules.reject("no-polling", "当前没有轮巡");
        }
        d.polling = null;
    }

    /** Moves on when the interval is over, or at once when nobody is shown and a sub-venue has come. */
    static void tick(Draft d, Instant now) {
        Polling p = d.polling;
        if (p == null) {
            return;
        }
        if (p.current() == null) {
            if (!d.subVenues().isEmpty()) {
                advance(d, Long.MIN_VALUE, now);
            }
        } else if (!now.isBefore(p.nextSwitch())) {
            VenueState current = d.venue(p.current());
            advance(d, current == null ? Long.MIN_VALUE : current.joinOrder(), now);
        }
    }

    /** Shows the first sub-venue that joined after {@code afterJoinOrder}, else the first one (a new round). */
    static void advance(Draft d, long afterJoinOrder, Instant now) {
        Polling p = d.polling;
        List<VenueState> subs = d.subVenues();
        VenueState next = subs.stream().filter(v -> v.joinOrder() > afterJoinOrder).findFirst()
                .orElse(subs.isEmpty() ? null : subs.getFirst());
        d.polling = new Polling(p.intervalSeconds(), p.target(), next == null ? null : next.id(),
                now.plusSeconds(p.intervalSeconds()));
    }
}
