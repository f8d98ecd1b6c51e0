package cn.gov.egov.portal.learning.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * Credits hours into ledgers by the rules of the learner's region and reports progress, dated by the injected clock
 * (whose zone should be China time, {@code Asia/Shanghai}). Plain Java; the caller loads and stores ledgers.
 */
public final class LearningHours {

    private final Clock clock;
    private final HourRuleBook rules;
    private final AnnualRequirements requirements;

    public LearningHours(Clock clock, HourRuleBook rules, AnnualRequirements requirements) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.requirements = Objects.requireNonNull(requirements, "requirements");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year whose ledger takes today's entries. */
    public Year currentYear() {
        return Year.from(today());
    }

    /** A completed course of {@code length}, by the rule table of the learner's region. */
    public Ledger creditCourse(Ledger ledger, String regionCode, String courseId, String title, Duration length,
                               HourCategory category) {
        HourAward award = rules.forRegion(regionCode).course(length);
        return ledger.add(LedgerEntry.awarded(today(), SourceKind.COURSE, courseId, title, category, award));
    }

    /** A passed exam, by the rule table of the learner's region. */
    public Ledger creditPassedExam(Ledger ledger, String regionCode, String examId, String title,
                                   HourCategory category) {
        HourAward award = rules.forRegion(regionCode).passedExam();
        return ledger.add(LedgerEntry.awarded(today(), SourceKind.EXAM, examId, title, category, award));
    }

    /** Attendance at a conference training (会议培训), hours set and approved by an administrator. */
    public Ledger creditConferenceTraining(Ledger ledger, String conferenceId, String title, BigDecimal hours,
                                           HourCategory category, String approvedBy) {
        String why = "参加会议培训「" + title + "」，经 " + approvedBy + " 审核计 " + Hours.exact(hours).toPlainString()
                + " 学时";
        return ledger.add(new LedgerEntry(today(), SourceKind.CONFERENCE_TRAINING, conferenceId, title, category,
                hours, SourceKind.CONFERENCE_TRAINING.name(), why, approvedBy));
    }

    /** A correction by an administrator (may be negative), with the reason and the approver. */
    public Ledger adjust(Ledger ledger, String ticketId, String title, BigDecimal hours, HourCategory category,
                         String approvedBy, String reason) {
        return ledger.add(new LedgerEntry(today(), SourceKind.MANUAL_ADJUSTMENT, ticketId, title, category, hours,
                SourceKind.MANUAL_ADJUSTMENT.name(), reason, approvedBy));
    }

    /** Progress today against the requirement of the learner's region for the ledger's year. */
    public YearProgress progress(Ledger ledger, String regionCode) {
        return YearProgress.of(ledger, requirements.forRegion(regionCode, ledger.year()), today());
    }
}
