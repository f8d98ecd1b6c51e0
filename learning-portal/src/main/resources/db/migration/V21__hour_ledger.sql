-- The learning-hour ledger (学时台账, docs/learning-rules.md §2): one immutable line per source credited, per learner
-- and year, each explaining itself. The unique key is what makes crediting idempotent: a course, exam or
-- conference is credited at most once in a year (inserts use ON CONFLICT DO NOTHING).
create table hour_ledger_entry (
    id           uuid primary key,
    learner_id   uuid not null references app_user (id),
    year         smallint not null check (year between 2000 and 2100),
    entry_date   date not null check (extract(year from entry_date) = year),
    source_kind  varchar(20) not null
                 check (source_kind in ('COURSE', 'EXAM', 'CONFERENCE_TRAINING', 'MANUAL_ADJUSTMENT')),
    source_id    varchar(100) not null,
    source_title varchar(200) not null,
    category     varchar(10) not null check (category in ('REQUIRED', 'ELECTIVE')),
    hours        numeric(6, 2) not null check (hours <> 0),
    rule_code    varchar(40) not null,
    explanation  varchar(500) not null,
    approved_by  varchar(100),
    created_at   timestamptz not null,
    constraint hour_ledger_entry_source_unique unique (learner_id, year, source_kind, source_id)
);
create index hour_ledger_entry_learner_idx on hour_ledger_entry (learner_id, year, entry_date);
