-- Deadline reminders mailed to learners (docs/learning-rules.md §4). One row per (learner, course, kind, deadline):
-- the unique key is the claim — an instance inserts the row first and mails only when its insert landed, so several
-- portal instances and restarts send each reminder at most once (a crash between the SMTP hand-over and sent_at
-- is the one case that may repeat it). kind: BEFORE_<n> (n days before the deadline) or OVERDUE (once per deadline).
-- A failed send keeps the row with sent_at null and last_error; a later run re-claims it after the lease
-- (claimed_at) while the course is still open and due, up to the configured attempts.
create table reminder_sent (
    learner_id  uuid not null references app_user (id),
    course_id   uuid not null references course (id) on delete cascade,
    kind        varchar(12) not null check (kind ~ '^(BEFORE_[0-9]{1,3}|OVERDUE)$'),
    deadline    date not null,
    claimed_at  timestamptz not null,
    attempts    integer not null default 1 check (attempts > 0),
    sent_at     timestamptz,
    last_error  varchar(500),
    primary key (learner_id, course_id, kind, deadline)
);
create index reminder_sent_pending_idx on reminder_sent (claimed_at) where sent_at is null;
