-- How to reach invited portal users outside the portal (ADR 0009). The portal owns its users; when it schedules a
-- conference it sends each invitee's name and addresses, and this table keeps the latest it sent, keyed by user
-- name. Notices read it at the moment they are written.
create table user_contact (
    username     varchar(64) primary key,
    display_name varchar(100),
    email        varchar(254),
    mobile       varchar(11),
    updated_at   timestamptz not null
);
