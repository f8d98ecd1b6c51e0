-- Transcode jobs as the portal and conference-server see them (docs/adr/0010-media-jobs.md). JobRunr (schema
-- jobrunr) decides which worker runs a job when; this table says what the job is, how far it got and how it ended.
create table transcode_job (
    id               uuid primary key,
    asset_id         uuid not null,
    source_key       varchar(300) not null,
    filename         varchar(255) not null,
    kind             varchar(12) not null check (kind in ('UPLOAD', 'RECORDING')),
    state            varchar(12) not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    progress         real not null default 0 check (progress between 0 and 1),
    eta_seconds      integer,
    attempts         integer not null default 0,
    worker           varchar(200),
    heartbeat_at     timestamptz,
    cancel_requested boolean not null default false,
    reason_code      varchar(40),
    reason           varchar(1000),
    probe            jsonb,
    outputs          jsonb,
    requested_by     varchar(100),
    created_at       timestamptz not null,
    started_at       timestamptz,
    finished_at      timestamptz
);
-- one job at a time per asset: asking again while one waits or runs returns that one
create unique index transcode_job_active_asset on transcode_job (asset_id) where state in ('QUEUED', 'RUNNING');
create index transcode_job_asset on transcode_job (asset_id, created_at desc);
