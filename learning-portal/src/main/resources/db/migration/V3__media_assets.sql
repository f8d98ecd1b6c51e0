-- The portal's media library (媒体库): uploaded originals and the transcode job that turns each into HLS.
-- Objects live in the object store under keys from ObjectKeys; job progress is read from media-worker.
create table media_asset (
    id           uuid primary key,
    title        varchar(200) not null,
    filename     varchar(255) not null,
    size_bytes   bigint not null check (size_bytes > 0),
    content_type varchar(100),
    source_key   varchar(300) not null,
    region_code  char(6) not null,
    uploaded_by  varchar(64) not null,
    created_at   timestamptz not null,
    job_id       uuid,
    -- the job's state when the portal last looked: QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED
    job_state    varchar(12)
);
create index media_asset_region on media_asset (region_code, created_at desc);
