package cn.gov.egov.portal.learning.exam.attempt;

import java.time.Duration;

/** The attempt a learner is sitting, with the time left by the server clock. */
public record OpenAttempt(Attempt attempt, Duration remaining) {
}
