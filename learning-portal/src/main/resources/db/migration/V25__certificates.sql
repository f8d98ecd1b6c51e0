-- Certificates (结业证书 / 考试合格证书, docs/certificates.md): one per learner and source (a course completed or
-- an exam passed); issuing again finds the same row (the unique key decides, inserts use ON CONFLICT DO NOTHING).
-- What is printed is kept as issued (name, unit, title, hours, score), so a later rename does not change a
-- certificate already in someone's hands. Revoked certificates stay (history), the verification page says 已撤销.
create sequence certificate_number_seq;
create table certificate (
    id                uuid primary key,
    number            varchar(40)   not null unique,
    verification_code char(16)      not null unique check (verification_code ~ '^[2-9A-HJ-NP-Z]{16}$'),
    learner_id        uuid          not null references app_user (id),
    kind              varchar(6)    not null check (kind in ('COURSE', 'EXAM')),
    source_id         uuid          not null,
    learner_name      varchar(200)  not null,
    learner_unit      varchar(200)  not null,
    title             varchar(300)  not null,
    hours             numeric(6, 2) not null check (hours >= 0),
    score             numeric(5, 2),
    issued_on         date          not null,
    issuer            varchar(100)  not null,
    revoked           boolean       not null default false,
    created_at        timestamptz   not null,
    constraint certificate_source_unique unique (learner_id, kind, source_id),
    check ((kind = 'EXAM') = (score is not null))
);
create index certificate_learner_idx on certificate (learner_id, issued_on desc);
