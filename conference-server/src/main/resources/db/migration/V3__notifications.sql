-- Conference notifications (会议通知), see docs/adr/0009-notifications.md.
-- A transactional outbox: rows are written in the transaction that schedules, changes or cancels a conference and
-- delivered afterwards by a job (e-mail, SMS) or read through the API (portal notices).
create table notification (
    id              uuid primary key,
    conference_id   uuid not null references conference (id) on delete cascade,
    -- the occurrence a reminder is about; occurrences are replaced when a conference changes, so no foreign key
    occurrence_id   uuid,
    kind            varchar(10) not null check (kind in ('SCHEDULED', 'CHANGED', 'CANCELLED', 'REMINDER')),
    channel         varchar(10) not null check (channel in ('EMAIL', 'SMS', 'PORTAL')),
    -- an e-mail address, a mobile number or a portal user name
    recipient       varchar(254) not null,
    recipient_label varchar(200),
    subject         varchar(300) not null,
    body            text not null,
    ics             text,
    status          varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    last_error      varchar(1000),
    created_at      timestamptz not null,
    sent_at         timestamptz,
    read_at         timestamptz,
    -- after this instant the notice is pointless (the meeting is over, the reminder is late): it is not sent
    expires_at      timestamptz,
    check (read_at is null or channel = 'PORTAL')
);
-- the sender's claim: due rows, oldest first
create index notification_due_idx on notification (next_attempt_at) where status = 'PENDING';
create index notification_conference_idx on notification (conference_id, created_at desc);
create index notification_portal_idx on notification (recipient, created_at desc) where channel = 'PORTAL';

-- Who currently holds a conference's invitation, per channel: a change tells those it removes.
create table notification_audience (
    conference_id uuid not null references conference (id) on delete cascade,
    channel       varchar(10) not null check (channel in ('EMAIL', 'SMS', 'PORTAL')),
    recipient     varchar(254) not null,
    label         varchar(200),
    primary key (conference_id, channel, recipient)
);

-- Occurrences whose reminders have been written; the primary key makes reminding idempotent across instances.
-- Rescheduling replaces the occurrences, so their new times are reminded again.
create table occurrence_reminder (
    occurrence_id uuid primary key references occurrence (id) on delete cascade,
    reminded_at   timestamptz not null
);
