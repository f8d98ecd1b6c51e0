package cn.gov.egov.media.job;

import java.util.List;

/** A job request broke one or more rules; nothing was queued. */
public class InvalidJobRequestException extends RuntimeException {

    private final List<JobRequest.Problem> problems;

    public InvalidJobRequestException(List<JobRequest.Problem> problems) {
        super("invalid job request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<JobRequest.Problem> problems() {
        return problems;
    }
}
