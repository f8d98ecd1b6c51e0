-- Required-course assignments (必修指派): a course assigned to everyone in a region subtree, a department or a
-- rank, with a deadline. Target values: a region code, a department id, a rank code (as text).
create table course_assignment (
    id           uuid primary key,
    course_id    uuid not null references course (id) on delete cascade,
    target_type  varchar(10) not null check (target_type in ('REGION', 'DEPARTMENT', 'RANK')),
    target_value varchar(64) not null check (length(btrim(target_value)) > 0),
    deadline     date not null,
    created_by   varchar(64) not null,
    created_at   timestamptz not null,
    constraint course_assignment_unique unique (course_id, target_type, target_value)
);
create index course_assignment_target_idx on course_assignment (target_type, target_value, deadline);
