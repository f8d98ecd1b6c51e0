-- Exams (考试), 3/5: attempts. The frozen paper (question snapshots, marks, option order) is JSON; the deadline is a
-- stored instant (never an in-memory timer), so a restart resumes every attempt with the time it has left. Writes
-- are conditional: the unique key stops two starts of one attempt number, the version column makes every change
-- an UPDATE … WHERE version = ? (JdbcAttemptStore).
create table exam_attempt (
    id           uuid        primary key,
    exam_id      uuid        not null references exam (id),
    learner_id   uuid        not null references app_user (id),
    number       int         not null check (number >= 1),
    paper        jsonb       not null,
    started_at   timestamptz not null,
    deadline     timestamptz not null,
    status       varchar(16) not null check (status in ('IN_PROGRESS', 'SUBMITTED', 'AUTO_SUBMITTED')),
    submitted_at timestamptz,
    score        jsonb,                  -- AttemptScore per question, once handed in
    points       numeric(10, 2),
    max_points   numeric(10, 2),
    percent      numeric(5, 2),
    version      bigint      not null,
    unique (exam_id, learner_id, number),
    check ((status = 'IN_PROGRESS') = (submitted_at is null))
);
create index exam_attempt_learner_idx on exam_attempt (learner_id, exam_id);
-- the sweep that hands in attempts at their deadline reads only these
create index exam_attempt_due_idx on exam_attempt (deadline) where status = 'IN_PROGRESS';
