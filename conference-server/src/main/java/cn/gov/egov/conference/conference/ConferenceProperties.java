package cn.gov.egov.conference.conference;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param joinWindow     how long before the start an occurrence goes live and rooms may join
 * @param grace          how long after the end it stays live
 * @param maxDuration    the longest one occurrence may last
 * @param maxOccurrences the most occurrences one recurring conference may have
 * @param maxCalendarSpan the widest calendar query
 */
@ConfigurationProperties("conference.schedule")
public record ConferenceProperties(
        @DefaultValue("PT15M") Duration joinWindow,
        @DefaultValue("PT10M") Duration grace,
        @DefaultValue("PT24H") Duration maxDuration,
        @DefaultValue("500") int maxOccurrences,
        @DefaultValue("P62D") Duration maxCalendarSpan) {

    ConferenceRules.Limits limits() {
        ConferenceRules.Limits d = ConferenceRules.Limits.defaults();
        return new ConferenceRules.Limits(maxDuration, maxOccurrences, d.maxRooms(), d.maxInvitees(),
                d.pastTolerance(), d.horizon());
    }
}
