package cn.gov.egov.portal.people;

import java.util.List;
import java.util.Objects;

/** A roster read whole: its header and its non-blank data rows in sheet order. */
public record Roster(RosterHeader header, List<RosterRow> rows) {

    public Roster {
        Objects.requireNonNull(header, "header");
        rows = List.copyOf(rows);
    }
}
