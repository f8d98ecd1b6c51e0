-- Media workers alive in the pool (one row per worker name), refreshed by heartbeats.
create table worker (
    name           varchar(200) primary key,
    ffmpeg_version varchar(100) not null,
    started_at     timestamptz not null,
    last_seen      timestamptz not null
);
