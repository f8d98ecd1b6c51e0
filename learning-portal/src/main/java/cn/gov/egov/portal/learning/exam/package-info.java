/**
 * Exams (考试) as plain Java, after Moodle's quiz model: a question bank by category ({@code bank}), papers fixed or
 * drawn by category quotas ({@code paper}), grading ({@code grading}), attempts with a server-enforced deadline
 * ({@code attempt}), what the browser may see ({@code view}) and the import of Moodle XML and GIFT files
 * ({@code imports}). No Spring, no database, no UI; time from an {@link java.time.Instant} parameter or an injected
 * {@link java.time.Clock}, randomness from an injected {@link java.util.random.RandomGenerator}.
 * See {@code docs/exams.md}.
 */
package cn.gov.egov.portal.learning.exam;
