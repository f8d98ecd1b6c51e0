package cn.gov.egov.conference.attendance;

import java.util.List;
import java.util.Map;

import cn.gov.egov.conference.conference.Conference;

/**
 * The attendance of one occurrence: its conference, the summary per attendee and the raw sessions.
 *
 * @param regionNames the Chinese name of every region code the summary mentions
 */
public record AttendanceReport(Conference conference, AttendanceSummary summary, List<AttendanceRecord> sessions,
                               Map<String, String> regionNames) {

    /** The region's name, or its code when the region is unknown; empty for none. */
    public String regionName(String code) {
        return code == null ? "" : regionNames.getOrDefault(code, code);
    }
}
