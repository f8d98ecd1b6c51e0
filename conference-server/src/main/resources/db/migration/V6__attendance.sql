-- 签到 (attendance): one row per connected session of a room terminal or desktop user in one occurrence, written by
-- the signalling layer through AttendanceRecorder. A reconnect is a new row, so a venue that dropped and came back
-- shows two intervals. A row is open (left_at null) while the session lasts.
create table attendance (
    id             bigint generated always as identity primary key,
    occurrence_id  uuid not null references occurrence (id) on delete cascade,
    conference_id  uuid not null references conference (id) on delete cascade,
    -- the media endpoint id the focus gave the session on the bridge
    participant_id char(8) not null check (participant_id ~ '^[0-9a-f]{8}$'),
    kind           varchar(10) not null check (kind in ('ROOM', 'DESKTOP')),
    room_id        uuid references meeting_room (id),
    username       varchar(64),
    display_name   varchar(100) not null,
    region_code    char(6) not null,
    joined_at      timestamptz not null,
    left_at        timestamptz,
    leave_reason   varchar(12) check (leave_reason in ('LEFT', 'REMOVED', 'DISCONNECTED', 'ENDED')),
    constraint attendance_closed_with_reason check ((left_at is null) = (leave_reason is null)),
    constraint attendance_leaves_after_join check (left_at is null or left_at >= joined_at),
    constraint attendance_identity check ((kind = 'ROOM' and room_id is not null)
                                          or (kind = 'DESKTOP' and username is not null))
);
-- per-occurrence listing in join order
create index attendance_occurrence_idx on attendance (occurrence_id, joined_at, id);
-- a participant has at most one open session per occurrence: a repeated join is answered with the open row
create unique index attendance_open_participant_idx on attendance (occurrence_id, participant_id)
    where left_at is null;
-- closing what is still open when a conference is cancelled or old sessions are swept
create index attendance_conference_idx on attendance (conference_id);
create index attendance_open_idx on attendance (joined_at) where left_at is null;
