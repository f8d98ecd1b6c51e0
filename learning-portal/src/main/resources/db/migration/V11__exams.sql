-- Exams (考试), 2/5: an exam as defined by a course administrator. The paper spec (fixed question ids, or category
-- quotas) is the domain's PaperSpec as JSON; the policy is in columns. The id is a uuid so that a course lesson of
-- kind EXAM can point at it (lesson.exam_id).
create table exam (
    id                  uuid         primary key,
    title               varchar(200) not null,
    region_code         char(6)      not null,
    paper_kind          varchar(8)   not null check (paper_kind in ('FIXED', 'DRAWN')),
    paper_spec          jsonb        not null,
    time_limit_minutes  int          not null check (time_limit_minutes between 1 and 1440),
    attempts_allowed    int          not null check (attempts_allowed between 0 and 100),
    grading             varchar(10)  not null check (grading in ('HIGHEST', 'LAST', 'FIRST', 'AVERAGE')),
    pass_percent        int          not null check (pass_percent between 0 and 100),
    review_after_submit varchar(20)  not null,
    review_after_close  varchar(20)  not null,
    opens_at            timestamptz  not null,
    closes_at           timestamptz,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    check (closes_at is null or closes_at > opens_at)
);
create index exam_region_idx on exam (region_code, opens_at desc);
