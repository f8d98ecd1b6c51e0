package cn.gov.egov.portal.people.admin;

/** Where an import is: reading and checking rows, or writing them ({@code done} of {@code total}). */
public record ImportProgress(Phase phase, int done, int total) {

    public enum Phase { READING, CHECKING, REPORTING, WRITING, DONE }

    /** 0..1 for a progress bar; reading counts as the first half (the row count is unknown until the end). */
    public double fraction() {
        return switch (phase) {
            case READING, CHECKING, REPORTING -> 0.1;
            case WRITING -> total == 0 ? 0.5 : 0.5 + 0.5 * done / total;
            case DONE -> 1.0;
        };
    }
}
