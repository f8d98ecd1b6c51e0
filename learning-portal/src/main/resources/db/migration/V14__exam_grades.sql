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

-- The portal's own audit log. The courses feature (V9) creates the same table; "if not exists" keeps the two
-- branches mergeable in either order. Same shape as conference-server's audit_entry.
create table if not exists portal_audit_entry (
    id             bigserial primary key,
    at             timestamptz not null,
    actor          varchar(64) not null,
    actor_role     varchar(20) not null,
    actor_region   char(6) not null,
    action         varchar(40) not null,
    outcome        varchar(10) not null check (outcome in ('OK', 'DENIED')),
    target_type    varchar(20) not null,
    target_id      varchar(64),
    target_region  char(6),
    summary        varchar(4000)
);
create index if not exists portal_audit_entry_at_idx on portal_audit_entry (at desc);
create index if not exists portal_audit_entry_region_idx on portal_audit_entry (target_region bpchar_pattern_ops, at desc);
