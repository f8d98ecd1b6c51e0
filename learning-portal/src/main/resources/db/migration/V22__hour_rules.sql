-- Regions' own learning-hour rule tables and annual requirements (docs/learning-rules.md §2). Empty by default:
-- the domain's defaults then apply (HourRuleBook.defaults(), AnnualRequirements: 50 = 20 required + 30 elective).
-- A region that sets a table sets all its rules (fallback is per table: county → prefecture → province → national).
create table hour_rule (
    region_code    char(6) not null,
    position       integer not null check (position > 0),
    code           varchar(40) not null,
    source_kind    varchar(20) not null check (source_kind in ('COURSE', 'EXAM', 'CONFERENCE_TRAINING')),
    from_minutes   integer check (from_minutes >= 0),
    from_inclusive boolean not null default true,
    to_minutes     integer check (to_minutes >= 0),
    to_inclusive   boolean not null default false,
    hours          numeric(6, 2) not null check (hours > 0),
    label          varchar(100) not null,
    primary key (region_code, position),
    constraint hour_rule_code_unique unique (region_code, code)
);

create table annual_requirement (
    region_code char(6) not null,
    year        smallint not null check (year between 2000 and 2100),
    required    numeric(6, 2) not null check (required >= 0),
    elective    numeric(6, 2) not null check (elective >= 0),
    primary key (region_code, year),
    check (required + elective >= 50)
);
