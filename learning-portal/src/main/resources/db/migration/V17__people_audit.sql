-- Audit of people and organisation administration in the portal (department changes, imports, deactivations), and of
-- refused attempts (outcome DENIED), e.g. a region administrator acting on another region's unit or user.
create table people_audit (
    id           bigserial primary key,
    at           timestamptz not null,
    actor        varchar(64) not null,
    actor_role   varchar(20) not null,
    actor_region char(6) not null,
    action       varchar(40) not null,
    target       varchar(200),
    region_code  char(6),
    outcome      varchar(10) not null check (outcome in ('OK', 'DENIED')),
    detail       varchar(1000)
);
create index people_audit_region_at_idx on people_audit (region_code, at desc);
