/**
 * The learning side of the portal as plain Java: verified watch progress ({@code progress}), learning hours
 * (学时, {@code hours}) and exams (考试, {@code exam}). No Spring, no database, no UI; time comes from an injected
 * {@link java.time.Clock} or an {@link java.time.Instant} parameter, randomness from an injected
 * {@link java.util.random.RandomGenerator}. See {@code docs/learning-rules.md} and {@code docs/exams.md}.
 */
package cn.gov.egov.portal.learning;
