package cn.gov.egov.portal.learning.exam.service;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.portal.PortalApplication;
import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStore;
import cn.gov.egov.portal.learning.exam.attempt.SubmitResult;
import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.learning.exam.view.AttemptView;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;

/**
 * A program, not a test (issue 5's benchmark "2,000 exam submissions within 60 s with zero lost"): the product's
 * Spring context (dev profile, production Vaadin bundle, real server clock) against the embedded PostgreSQL, 2,000
 * learners with an open attempt of one exam and every answer saved, then all of them hand in at once through
 * {@link ExamTakingService} exactly as the exam page's 交卷 button does ({@code submit}, then {@code review} for
 * the result it shows), on a fixed pool of request threads. Then it checks in the database that every attempt is
 * handed in and graded exactly once, and submits every attempt a second time (the double click) to see that
 * nothing changes. Reference in the same run: the same number of transactions, on the same pool and connection
 * pool, each inserting the attempt's answer rows with plain JDBC into a scratch table. Run (after test-compile):
 * <pre>
 * java -cp learning-portal/target/test-classes:learning-portal/target/classes:$(cat cp.txt) \
 *     cn.gov.egov.portal.learning.exam.service.ExamSubmissionBench [learners] [threads]
 * </pre>
 */
public final class ExamSubmissionBench {

    private ExamSubmissionBench() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static void run(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, Object> props = new HashMap<>(TestInfrastructure.get().springProperties());
        props.put("portal.demo.password", "Bench-Passw0rd-2026");
        props.put("portal.conference-server.base-url", "http://127.0.0.1:1");
        props.put("portal.media.worker-url", "http://127.0.0.1:1");
        props.put("server.port", "0");
        props.put("vaadin.productionMode", "true"); // the prod bundle; vaadin-dev is not on the class path
        props.put("portal.exam.sweep-interval", "1h"); // nothing expires during the run; no sweep competes
        props.forEach((k, v) -> System.setProperty(k, String.valueOf(v))); // above application.yml
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.SERVLET).profiles("dev").run()) {
            Clock clock = ctx.getBean(Clock.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            UserRepository users = ctx.getBean(UserRepository.class);
            ExamTakingService taking = ctx.getBean(ExamTakingService.class);
            AttemptStore store = ctx.getBean(AttemptStore.class);
            PortalUser admin = users.findByUsername("course-admin").orElseThrow();
            List<Question> qs = ExamTestSupport.addQuestions(ctx.getBean(QuestionRepository.class),
                    admin.regionCode(), clock);
            StoredExam exam = ctx.getBean(ExamDefinitionService.class).save(admin, ExamTestSupport.fixedDraft(qs,
                    ExamTestSupport.policy(60, 1), clock.instant().minus(Duration.ofHours(1)), null));
            String examId = exam.exam().id();

            long t = System.nanoTime();
            List<PortalUser> people = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                people.add(ExamTestSupport.user(users, Role.LEARNER, "530102"));
            }
            System.out.printf("%,d learners in %,d ms%n", learners, ms(t));
            Map<UUID, String> attemptOf = new HashMap<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                t = System.nanoTime();
                List<Callable<String>> starts = people.stream().<Callable<String>>map(p -> () -> {
                    AttemptView v = taking.startOrResume(p, examId);
                    Attempt a = store.find(v.attemptId()).orElseThrow();
                    for (PaperQuestion q : a.paper().questions()) {
                        taking.save(p, a.id(), q.questionId(), rightAnswer(q));
                    }
                    return v.attemptId();
                }).toList();
                List<Future<String>> started = pool.invokeAll(starts);
                for (int i = 0; i < learners; i++) {
                    attemptOf.put(people.get(i).id(), started.get(i).get());
                }
                long setupMs = ms(t);
                System.out.printf("%,d attempts started, %,d answers saved in %,d ms%n", learners,
                        learners * qs.size(), setupMs);

                // the measured storm: every learner presses 交卷 at once
                List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
                List<Callable<SubmitResult>> submits = people.stream().<Callable<SubmitResult>>map(p -> () -> {
                    long s = System.nanoTime();
                    SubmitResult r = taking.submit(p, attemptOf.get(p.id()));
                    taking.review(p, attemptOf.get(p.id()));
                    latencies.add(System.nanoTime() - s);
                    return r;
                }).toList();
                long submitStart = System.nanoTime();
                List<Future<SubmitResult>> results = pool.invokeAll(submits);
                long submitNanos = System.nanoTime() - submitStart;
                int firstTime = 0;
                for (Future<SubmitResult> f : results) {
                    firstTime += f.get().duplicate() ? 0 : 1;
                }

                // the reference: the same number of transactions writing the answer rows with plain JDBC
                DataSource ds = ctx.getBean(DataSource.class);
                jdbc.sql("create table bench_answer (attempt_id uuid not null, question_id varchar(64) not null, "
                        + "kind varchar(10) not null, choices varchar(40), judgement boolean, text varchar(500), "
                        + "saved_at timestamptz not null, primary key (attempt_id, question_id))").update();
                List<Callable<Void>> inserts = people.stream().<Callable<Void>>map(p -> () -> {
                    insertAnswers(ds, UUID.fromString(attemptOf.get(p.id())), qs);
                    return null;
                }).toList();
                long refStart = System.nanoTime();
                for (Future<Void> f : pool.invokeAll(inserts)) {
                    f.get();
                }
                long refNanos = System.nanoTime() - refStart;

                // zero lost, graded once; then the double click changes nothing
                UUID exam5 = UUID.fromString(examId);
                long handedIn = count(jdbc, "select count(*) from exam_attempt where exam_id = :e and status = "
                        + "'SUBMITTED' and percent is not null and version = 5", exam5);
                long attemptsInDb = count(jdbc, "select count(*) from exam_attempt where exam_id = :e", exam5);
                long grades = count(jdbc, "select count(*) from exam_grade where exam_id = :e and passed and "
                        + "percent = 100 and attempts_counted = 1", exam5);
                long answers = count(jdbc, "select count(*) from exam_answer a join exam_attempt t on t.id = "
                        + "a.attempt_id where t.exam_id = :e", exam5);
                int duplicates = 0;
                for (Future<SubmitResult> f : pool.invokeAll(submits)) {
                    duplicates += f.get().duplicate() ? 1 : 0;
                }
                long afterDouble = count(jdbc, "select count(*) from exam_attempt where exam_id = :e and status = "
                        + "'SUBMITTED' and version = 5", exam5);
                long refRows = count(jdbc, "select count(*) from bench_answer where :e is not null", exam5);
                jdbc.sql("drop table bench_answer").update();

                latencies.sort(null);
                double submitS = submitNanos / 1e9;
                double refS = refNanos / 1e9;
                System.out.printf(Locale.ROOT, """

                        ## Exam submissions (issue 5)

                        - Run %s; goal of issue 5: 2,000 submissions within 60 s, zero lost
                        - Machine: %d cores, load average %.2f before the run, %.2f after (shared with other sessions); Java %s
                        - PostgreSQL %s (embedded, loopback), synchronous_commit=%s, fsync=%s; Hikari pool %s
                        - Path: the product's Spring context in this JVM; `ExamTakingService.submit` then `.review`, as the exam page's 交卷 button calls them; %d request threads; the exam: 3 questions (single choice, true/false, fill-in), all answered right, 60-minute limit
                        - Set-up (not timed): %,d attempts started and %,d answers saved in %,d ms

                        | What | Count | Wall s | per s | p50 ms | p99 ms | max ms |
                        |---|---:|---:|---:|---:|---:|---:|
                        | submit + review (exam page) | %,d | %.2f | %,.0f | %.1f | %.1f | %.1f |
                        | reference: one JDBC transaction inserting the %d answer rows | %,d | %.2f | %,.0f | – | – | – |
                        | **submissions ÷ reference (wall time)** | | **%.1f×** | | | | |

                        Checked in the database after the storm: %,d attempts of %,d handed in with a score (version 5: start, 3 saves, submit), %,d grades in exam_grade (passed, 100 %%, counted once), %,d answer rows (expected %,d); first-time submissions %,d. Then every attempt submitted again: %,d answered as duplicates, %,d attempts still at version 5. Reference rows written: %,d.
                        """, Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                        loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.version(), jdbc.sql("show server_version").query(String.class).single(),
                        jdbc.sql("show synchronous_commit").query(String.class).single(),
                        jdbc.sql("show fsync").query(String.class).single(),
                        ctx.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size"), threads,
                        learners, learners * qs.size(), setupMs,
                        learners, submitS, learners / submitS, pct(latencies, 50), pct(latencies, 99),
                        latencies.getLast() / 1e6, qs.size(), learners, refS, learners / refS, submitS / refS,
                        handedIn, attemptsInDb, grades, answers, (long) learners * qs.size(), firstTime, duplicates,
                        afterDouble, refRows);
            }
        }
    }

    private static void insertAnswers(DataSource ds, UUID attempt, List<Question> qs) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into bench_answer (attempt_id, question_id, "
                    + "kind, choices, judgement, text, saved_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Question q : qs) {
                    ps.setObject(1, attempt);
                    ps.setString(2, q.id());
                    String kind = switch (q.key()) {
                        case AnswerKey.Choices ch -> "CHOICE";
                        case AnswerKey.Judgement j -> "JUDGEMENT";
                        case AnswerKey.Accepted a -> "TEXT";
                    };
                    ps.setString(3, kind);
                    ps.setString(4, kind.equals("CHOICE") ? "B" : null);
                    ps.setObject(5, kind.equals("JUDGEMENT") ? Boolean.TRUE : null);
                    ps.setString(6, kind.equals("TEXT") ? "x" : null);
                    ps.setTimestamp(7, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private static long count(JdbcClient jdbc, String sql, UUID exam) {
        return jdbc.sql(sql).param("e", exam).query(Long.class).single();
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static Answer rightAnswer(PaperQuestion q) {
        return switch (q.question().key()) {
            case AnswerKey.Choices c -> Answer.Choice.of(q.correctLabels());
            case AnswerKey.Judgement j -> new Answer.TrueFalse(j.value());
            case AnswerKey.Accepted a -> new Answer.Text(a.answers().getFirst());
        };
    }
}
