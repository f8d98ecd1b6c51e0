-- People feature: the profile of a person lives on app_user itself (one row per person, so the 人员管理 grid is one
-- table and index scan). The ID number is never stored: only its masked form and a keyed HMAC-SHA256 (docs/people.md
-- §6). Deactivation reuses app_user.enabled (false = 停用), with when it happened.
alter table app_user
    add column department_id        uuid references department (id),
    add column rank                 varchar(30),
    add column phone                varchar(11),
    add column id_number_masked     varchar(18),
    add column id_number_hash       char(64),
    add column must_change_password boolean not null default false,
    add column deactivated_at       timestamptz,
    add column updated_at           timestamptz;
create unique index app_user_id_number_hash_uq on app_user (id_number_hash) where id_number_hash is not null;
create index app_user_department_idx on app_user (department_id);
create index app_user_region_name_idx on app_user (region_code, display_name);
