-- An optional e-mail address per portal account: conference-server mails invitations to it (ADR 0009).
alter table app_user add column email varchar(254);
