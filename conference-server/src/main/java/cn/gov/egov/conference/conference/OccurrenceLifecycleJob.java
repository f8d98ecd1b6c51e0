package cn.gov.egov.conference.conference;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves occurrences along their lifecycle as the clock passes (scheduled → live → ended) and tells the rest of the
 * app. Safe with several instances: each transition is a compare-and-set on the stored state.
 */
@Component
public class OccurrenceLifecycleJob {

    private static final Logger log = LoggerFactory.getLogger(OccurrenceLifecycleJob.class);

    private final ConferenceRepository conferences;
    private final ConferenceProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public OccurrenceLifecycleJob(ConferenceRepository conferences, ConferenceProperties properties, Clock clock,
                                  ApplicationEventPublisher events) {
        this.conferences = conferences;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${conference.schedule.tick:PT15S}")
    @Transactional
    public int advance() {
        Instant now = clock.instant();
        int changed = 0;
        for (Occurrence o : conferences.openOccurrencesStartingBefore(now.plus(properties.joinWindow()))) {
            OccurrenceState next = OccurrenceState.at(now, o.start(), o.end(), false, properties.joinWindow(),
                    properties.grace());
            if (next != o.state() && conferences.updateState(o.id(), o.state(), next)) {
                changed++;
                events.publishEvent(new ConferenceEvent(next == OccurrenceState.LIVE
                        ? ConferenceEvent.Type.WENT_LIVE : ConferenceEvent.Type.ENDED, o.conferenceId(), o.id()));
            }
        }
        if (changed > 0) {
            log.info("{} occurrences changed state", changed);
        }
        return changed;
    }
}
