-- Jitsi Videobridges this focus may use (docs/adr/0012-colibri2-client.md): from configuration at start-up, or added
-- at run time by a system administrator. Health and load are polled and kept in memory.
create table bridge (
    id          varchar(64) primary key,
    base_url    varchar(300) not null,
    region_code char(6) not null references region (code),
    capacity    integer not null check (capacity between 1 and 100000),
    enabled     boolean not null default true,
    source      varchar(10) not null check (source in ('CONFIG', 'RUNTIME')),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0
);
