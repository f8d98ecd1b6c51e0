-- Conference domain: rooms with kiosk terminals, conferences with occurrences, bookings that can never overlap,
-- and the audit log of administrative actions.
create extension if not exists btree_gist;

create index region_code_prefix_idx on region (code bpchar_pattern_ops);

alter table meeting_room
    add column contact_name  varchar(50),
    add column contact_phone varchar(30),
    add column contact_email varchar(254),
    add column equipment     varchar(1000),
    add column terminal_token_hash bytea unique,
    add column terminal_token_issued_at timestamptz,
    add column last_seen_at  timestamptz,
    add column active        boolean not null default true,
    add column version       integer not null default 0,
    add column updated_at    timestamptz not null default now();
create index meeting_room_region_prefix_idx on meeting_room (region_code bpchar_pattern_ops);

create table conference (
    id               uuid primary key,
    title            varchar(100) not null,
    kind             varchar(10) not null check (kind in ('MEETING', 'TRAINING')),
    organiser_region char(6) not null references region (code),
    main_room_id     uuid not null references meeting_room (id),
    first_start      timestamptz not null,
    first_end        timestamptz not null check (first_end > first_start),
    time_zone        varchar(40) not null,
    rrule            varchar(500),
    exdates          text,
    description      varchar(4000),
    cancelled        boolean not null default false,
    created_by       varchar(64) not null,
    version          integer not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index conference_organiser_prefix_idx on conference (organiser_region bpchar_pattern_ops);

create table conference_room (
    conference_id uuid not null references conference (id) on delete cascade,
    room_id       uuid not null references meeting_room (id),
    primary key (conference_id, room_id)
);
create index conference_room_room_idx on conference_room (room_id);

create table conference_invitee (
    conference_id uuid not null references conference (id) on delete cascade,
    username      varchar(64) not null,
    primary key (conference_id, username)
);

create table occurrence (
    id            uuid primary key,
    conference_id uuid not null references conference (id) on delete cascade,
    seq           integer not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null check (ends_at > starts_at),
    state         varchar(10) not null default 'SCHEDULED'
                  check (state in ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED')),
    unique (conference_id, seq)
);
create index occurrence_starts_idx on occurrence (starts_at);
create index occurrence_open_idx on occurrence (state, starts_at) where state in ('SCHEDULED', 'LIVE');

-- The rule that no room is in two conferences at once, enforced by PostgreSQL itself, so concurrent schedulers
-- on several conference-server instances cannot race past it.
create table room_booking (
    room_id       uuid not null references meeting_room (id),
    occurrence_id uuid not null references occurrence (id) on delete cascade,
    conference_id uuid not null references conference (id) on delete cascade,
    during        tstzrange not null,
    primary key (room_id, occurrence_id),
    constraint room_booking_no_overlap exclude using gist (room_id with =, during with &&)
);

create table audit_entry (
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
    summary        varchar(4000),
    client_address varchar(64)
);
create index audit_entry_at_idx on audit_entry (at desc);
create index audit_entry_region_prefix_idx on audit_entry (target_region bpchar_pattern_ops);
