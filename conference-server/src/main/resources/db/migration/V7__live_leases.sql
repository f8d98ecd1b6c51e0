-- Which conference-server instance runs each live occurrence as its focus (docs/adr/0014-signalling.md). A lease is
-- renewed every few seconds by its owner; another instance may take it over once it has expired. Times come from
-- the database clock so instances need not agree on theirs.
create table live_lease (
    occurrence_id uuid primary key references occurrence (id) on delete cascade,
    owner         varchar(100) not null,
    acquired_at   timestamptz not null default now(),
    expires_at    timestamptz not null
);
