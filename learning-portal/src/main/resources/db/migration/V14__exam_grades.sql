-- Exams (考试), 5/5: each learner's exam grade (FinalGrade by the exam's grading method), rewritten in the same
-- transaction as the attempt that changes it; reports and learning hours read it.
create table exam_grade (
    exam_id          uuid         not null references exam (id),
    learner_id       uuid         not null references app_user (id),
    method           varchar(10)  not null,
    percent          numeric(5, 2) not null,
    passed           boolean      not null,
    attempt_id       uuid,
    attempts_counted int          not null,
    updated_at       timestamptz  not null,
    primary key (exam_id, learner_id)
);
create index exam_grade_exam_idx on exam_grade (exam_id, passed);
