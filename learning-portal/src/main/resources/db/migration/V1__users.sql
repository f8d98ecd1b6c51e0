-- Portal accounts: one role bound to one region node (分级管理). Deactivate, never delete, so history stays.
create table app_user (
    id            uuid primary key,
    username      varchar(64) not null unique,
    display_name  varchar(100) not null,
    password_hash varchar(200) not null,
    role          varchar(20) not null check (role in ('LEARNER', 'COURSE_ADMIN', 'REGION_ADMIN', 'SYSTEM_ADMIN')),
    region_code   char(6) not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);
create index app_user_region_idx on app_user (region_code);
