package cn.gov.egov.portal.learning.exam.attempt;

/**
 * The outcome of a submission: the finished, graded attempt. {@code duplicate} is true when it had been finished
 * already (a double click, a retried request, the server's auto-submit first): the attempt is returned unchanged.
 */
public record SubmitResult(Attempt attempt, boolean duplicate) {
}
