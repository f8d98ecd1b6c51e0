-- Regions (GB/T 2260) of the provinces this deployment serves, loaded from committed data at start-up.
create table region (
    code        char(6) primary key,
    name        varchar(64) not null,
    level       varchar(16) not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY')),
    parent_code char(6) references region (code)
);
create index region_parent_idx on region (parent_code);

-- Meeting rooms (会议室), each in one region.
create table meeting_room (
    id          uuid primary key,
    region_code char(6) not null references region (code),
    name        varchar(100) not null,
    address     varchar(200),
    capacity    integer not null check (capacity >= 0),
    created_at  timestamptz not null default now(),
    unique (region_code, name)
);
