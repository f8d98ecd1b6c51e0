-- Audit log of the portal's own administrative actions (courses, VOD; the conference administration's log stays
-- in conference-server). Same shape as conference-server's audit_entry, so both can be shown side by side.
-- Append-only: allowed actions are written in the action's transaction, refusals on their own.
create table portal_audit_entry (
    id             bigserial primary key,
    at             timestamptz not null,
    actor          varchar(64) not null,
    actor_role     varchar(20) not null,
    actor_region   char(6) not null,
    action         varchar(40) not null,
    outcome        varchar(10) not null check (outcome in ('OK', 'DENIED')),
    target_type    varchar(20) not null,
    target_id      varchar(64),
    target_region  char(6),
    summary        varchar(4000)
);
create index portal_audit_entry_at_idx on portal_audit_entry (at desc);
create index portal_audit_entry_region_idx on portal_audit_entry (target_region bpchar_pattern_ops, at desc);
