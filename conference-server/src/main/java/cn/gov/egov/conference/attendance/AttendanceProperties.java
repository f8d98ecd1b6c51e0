package cn.gov.egov.conference.attendance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lateAfter how long after the scheduled start a first join still counts as on time (准时)
 */
@ConfigurationProperties("conference.attendance")
public record AttendanceProperties(@DefaultValue("PT5M") Duration lateAfter) {

    public AttendanceProperties {
        if (lateAfter == null || lateAfter.isNegative()) {
            throw new IllegalArgumentException("conference.attendance.late-after must not be negative");
        }
    }
}
