package cn.gov.egov.portal.learning.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import cn.gov.egov.portal.learning.hours.HourCategory;
import cn.gov.egov.portal.learning.hours.HoursException;
import cn.gov.egov.portal.learning.hours.LearningHours;
import cn.gov.egov.portal.learning.hours.Ledger;
import cn.gov.egov.portal.learning.hours.LedgerEntry;
import cn.gov.egov.portal.learning.hours.SourceKind;
import cn.gov.egov.portal.learning.hours.YearProgress;
import cn.gov.egov.portal.learning.ledger.CourseLessonStates.LessonState;

/**
 * Awards a course's learning hours when the learner has completed every lesson of it, exactly once: by the rule
 * table of the learner's region, the course's length being the sum of its lessons' durations, into this year's
 * ledger with the rule's explanation. A video lesson is complete when its verified progress is; an exam lesson when
 * {@link ExamLessonResults} says the exam was passed; a document lesson when the viewer has displayed every page of
 * its PDF (reported page by page and checked against the stored page count, {@code DocumentReading}).
 */
@Service
public class CourseHours {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(CourseHours.class);

    private final Clock clock;
    private final CourseLessonStates lessons;
    private final LedgerRepository ledgers;
    private final HourRulesRepository rules;
    private final ExamLessonResults exams;

    @Autowired
    public CourseHours(Clock clock, CourseLessonStates lessons, LedgerRepository ledgers, HourRulesRepository rules,
                       ObjectProvider<ExamLessonResults> exams) {
        this(clock, lessons, ledgers, rules, exams.getIfAvailable(() -> ExamLessonResults.NOT_YET));
    }

    public CourseHours(Clock clock, CourseLessonStates lessons, LedgerRepository ledgers, HourRulesRepository rules,
                       ExamLessonResults exams) {
        this.clock = clock.withZone(CHINA);
        this.lessons = lessons;
        this.ledgers = ledgers;
        this.rules = rules;
        this.exams = exams;
    }

    /**
     * Credits the course if every lesson is complete and it is not credited yet.
     *
     * @return the new ledger entry, or empty when the course is not complete, already credited, or no rule applies
     */
    public Optional<LedgerEntry> awardIfComplete(UUID learnerId, String learnerRegion, UUID courseId) {
        List<LessonState> states = lessons.of(learnerId, courseId);
        if (states.isEmpty() || !states.stream().allMatch(s -> complete(learnerId, s))) {
            return Optional.empty();
        }
        String source = courseId.toString();
        if (ledgers.credited(learnerId, SourceKind.COURSE, source)) {
            return Optional.empty();
        }
        LearningHours hours = learningHours();
        Duration length = Duration.ofSeconds(states.stream().mapToLong(LessonState::durationSeconds).sum());
        HourCategory category = "REQUIRED".equals(states.getFirst().courseKind())
                ? HourCategory.REQUIRED : HourCategory.ELECTIVE;
        Ledger ledger = ledgers.load(learnerId, hours.currentYear());
        LedgerEntry entry;
        try {
            entry = hours.creditCourse(ledger, learnerRegion, source, states.getFirst().courseTitle(), length,
                    category).find(SourceKind.COURSE, source).orElseThrow();
        } catch (HoursException e) {
            log.warn("course {} complete for learner {} but not credited: {} ({})", courseId, learnerId,
                    e.getMessage(), e.code());
            return Optional.empty();
        }
        return ledgers.insert(learnerId, hours.currentYear(), entry, clock.instant())
                ? Optional.of(entry) : Optional.empty();
    }

    /**
     * Credits a passed exam by the rule table of the learner's region, once.
     *
     * @return the new ledger entry, or empty when the exam is credited already or no rule applies
     */
    public Optional<LedgerEntry> awardPassedExam(UUID learnerId, String learnerRegion, String examId, String title,
                                                 HourCategory category) {
        if (ledgers.credited(learnerId, SourceKind.EXAM, examId)) {
            return Optional.empty();
        }
        LearningHours hours = learningHours();
        LedgerEntry entry;
        try {
            entry = hours.creditPassedExam(ledgers.load(learnerId, hours.currentYear()), learnerRegion, examId, title,
                    category).find(SourceKind.EXAM, examId).orElseThrow();
        } catch (HoursException e) {
            log.warn("exam {} passed by {} but not credited: {} ({})", examId, learnerId, e.getMessage(), e.code());
            return Optional.empty();
        }
        return ledgers.insert(learnerId, hours.currentYear(), entry, clock.instant())
                ? Optional.of(entry) : Optional.empty();
    }

    /** This year's progress of the learner against the requirement of their region. */
    public YearProgress progress(UUID learnerId, String learnerRegion) {
        LearningHours hours = learningHours();
        return hours.progress(ledgers.load(learnerId, hours.currentYear()), learnerRegion);
    }

    private LearningHours learningHours() {
        return new LearningHours(clock, rules.ruleBook(), rules.requirements());
    }

    private boolean complete(UUID learnerId, LessonState s) {
        return switch (s.kind()) {
            case "VIDEO", "DOCUMENT" -> s.progressCompleted();
            case "EXAM" -> exams.passed(learnerId, s.lessonId(), s.examId());
            default -> false;
        };
    }
}
