package cn.gov.egov.conference.attendance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.gov.egov.conference.audit.AuditLog;
import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.ForbiddenException;
import cn.gov.egov.conference.conference.Conference;
import cn.gov.egov.conference.conference.ConferenceRepository;
import cn.gov.egov.conference.conference.ConferenceService;
import cn.gov.egov.conference.conference.Occurrence;
import cn.gov.egov.conference.notification.UserDirectory;
import cn.gov.egov.conference.room.MeetingRoom;
import cn.gov.egov.conference.room.MeetingRoomRepository;
import cn.gov.egov.conference.system.errors.NotFoundException;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * Attendance reports of occurrences, for the organiser and for administrators who may see the conference (who may
 * see it is {@link ConferenceService#get}'s rule). Exporting a report is an audited administrative action.
 */
@Service
public class AttendanceService {

    private final ConferenceService conferences;
    private final ConferenceRepository conferenceRecords;
    private final MeetingRoomRepository rooms;
    private final UserDirectory users;
    private final AttendanceRepository records;
    private final RegionTree regions;
    private final AuditLog audit;
    private final AttendanceProperties properties;
    private final Clock clock;

    public AttendanceService(ConferenceService conferences, ConferenceRepository conferenceRecords,
                             MeetingRoomRepository rooms, UserDirectory users, AttendanceRepository records,
                             RegionTree regions, AuditLog audit, AttendanceProperties properties, Clock clock) {
        this.conferences = conferences;
        this.conferenceRecords = conferenceRecords;
        this.rooms = rooms;
        this.users = users;
        this.records = records;
        this.regions = regions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The attendance of an occurrence of a conference.
     *
     * @throws NotFoundException  for an unknown conference, or an occurrence that is not one of its occurrences
     * @throws ForbiddenException for anyone but the organiser and administrators who may see the conference
     */
    public AttendanceReport report(Actor actor, UUID conferenceId, UUID occurrenceId) {
        Conference c = conferences.get(actor, conferenceId);
        if (!actor.isAdministrator() && !actor.username().equals(c.createdBy())) {
            throw new ForbiddenException("only the organiser and administrators may see the attendance of conference "
                    + conferenceId, c.organiserRegion());
        }
        Occurrence o = conferenceRecords.occurrences(conferenceId).stream()
                .filter(x -> x.id().equals(occurrenceId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no occurrence " + occurrenceId + " of conference "
                        + conferenceId));
        List<AttendanceRecord> sessions = records.findByOccurrence(occurrenceId);
        AttendanceSummary summary = AttendanceSummary.of(o, invited(c, sessions), sessions, clock.instant(),
                properties.lateAfter());
        return new AttendanceReport(c, summary, sessions, regionNames(summary));
    }

    /** The report as an Excel workbook, with an audit entry saying who exported it. */
    public Export export(Actor actor, UUID conferenceId, UUID occurrenceId) {
        AttendanceReport report = report(actor, conferenceId, occurrenceId);
        byte[] workbook = AttendanceWorkbook.write(report);
        Conference c = report.conference();
        AttendanceSummary.Counts n = report.summary().counts();
        audit.allowed(actor, "ATTENDANCE_EXPORT", "OCCURRENCE", occurrenceId.toString(), c.organiserRegion(),
                "conference=" + c.id() + ", title=" + c.title() + ", occurrence=" + report.summary().occurrence().seq()
                        + ", start=" + report.summary().occurrence().start() + ", attendees="
                        + report.summary().attendees().size() + ", onTime=" + n.onTime() + ", late=" + n.late()
                        + ", absent=" + n.absent());
        return new Export(report, workbook);
    }

    /** An exported workbook and the report it shows. */
    public record Export(AttendanceReport report, byte[] workbook) {
    }

    /** The conference's rooms and invited users; names of users who never joined come from the contact book. */
    private List<AttendeeIdentity> invited(Conference c, List<AttendanceRecord> sessions) {
        List<AttendeeIdentity> out = new ArrayList<>();
        rooms.findAll(c.roomIds()).stream().sorted(Comparator.comparing(MeetingRoom::name))
                .forEach(r -> out.add(AttendeeIdentity.room(r.id(), r.name(), r.regionCode())));
        Set<String> joined = sessions.stream().map(s -> s.who().username()).filter(u -> u != null)
                .collect(Collectors.toSet());
        for (String username : c.invitees()) {
            String name = joined.contains(username) ? null : users.lookup(username).displayName();
            out.add(AttendeeIdentity.desktop(username, name, null));
        }
        return out;
    }

    private Map<String, String> regionNames(AttendanceSummary summary) {
        Map<String, String> names = new HashMap<>();
        for (AttendeeLine l : summary.attendees()) {
            String code = l.who().regionCode();
            if (code != null && !names.containsKey(code)) {
                names.put(code, regions.find(code).map(Region::name).orElse(code));
            }
        }
        return names;
    }
}
