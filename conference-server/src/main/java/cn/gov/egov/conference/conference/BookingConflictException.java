package cn.gov.egov.conference.conference;

/** Scheduling would put a room in two conferences at once (checked by PostgreSQL's exclusion constraint). */
public class BookingConflictException extends RuntimeException {

    private final transient BookingConflict conflict;

    public BookingConflictException(BookingConflict conflict) {
        super(conflict == null
                ? "a room is already booked at that time by another conference"
                : "room \u300c" + conflict.roomName() + "\u300d is already booked by \u300c" + conflict.conferenceTitle()
                        + "\u300d from " + conflict.start() + " to " + conflict.end());
        this.conflict = conflict;
    }

    /** The conflicting booking, or null when a concurrent scheduler won the race and it could not be named. */
    public BookingConflict conflict() {
        return conflict;
    }
}
