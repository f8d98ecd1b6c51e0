-- Courses (课程): owned by a region (分级管理: administrators of that region's subtree edit them), required (必修)
-- or elective (选修), for a year, DRAFT until published. seek_beyond_watched: whether a learner may seek past the
-- furthest point watched on first viewing (issue 5 item 5: configurable per course; off by default).
create table course (
    id                  uuid primary key,
    title               varchar(200) not null check (length(btrim(title)) > 0),
    summary             text not null default '' check (length(summary) <= 4000),
    category_id         uuid not null references course_category (id),
    kind                varchar(10) not null check (kind in ('REQUIRED', 'ELECTIVE')),
    year                smallint not null check (year between 2000 and 2100),
    region_code         char(6) not null,
    status              varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    seek_beyond_watched boolean not null default false,
    created_by          varchar(64) not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    published_at        timestamptz
);
-- The catalog: published courses of a few regions (the learner's region and its ancestors), filtered by
-- category / kind / year, newest first, paged. The partial index serves exactly that. Text search is a
-- case-insensitive substring match on title and summary (Chinese has no word boundaries); it runs on the rows the
-- region and status conditions leave, a few thousand at most, so no text index is kept (see docs/courses.md).
create index course_catalog_idx on course (region_code, year desc, updated_at desc) where status = 'PUBLISHED';
create index course_category_idx on course (category_id, kind, year);
create index course_region_prefix_idx on course (region_code bpchar_pattern_ops, updated_at desc);
