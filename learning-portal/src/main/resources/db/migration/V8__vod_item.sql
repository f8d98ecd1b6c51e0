-- The video-on-demand library (视频点播): videos that are not courses (news recordings, major events, internal
-- materials). Visible to users of region_code's subtree whose role is at least min_role
-- (LEARNER < COURSE_ADMIN < REGION_ADMIN < SYSTEM_ADMIN), once published.
create table vod_item (
    id             uuid primary key,
    title          varchar(200) not null check (length(btrim(title)) > 0),
    description    text not null default '' check (length(description) <= 4000),
    media_asset_id uuid not null references media_asset (id),
    category       varchar(50) not null default '',
    tags           varchar(300) not null default '',
    region_code    char(6) not null,
    min_role       varchar(20) not null default 'LEARNER'
                   check (min_role in ('LEARNER', 'COURSE_ADMIN', 'REGION_ADMIN', 'SYSTEM_ADMIN')),
    published      boolean not null default false,
    created_by     varchar(64) not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index vod_item_region_idx on vod_item (region_code, updated_at desc) where published;
create index vod_item_admin_idx on vod_item (region_code bpchar_pattern_ops, updated_at desc);
