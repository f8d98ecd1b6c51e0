-- Course categories (课程分类) of the catalog. Three are seeded; administrators add more. A category is
-- deactivated rather than deleted, so courses filed under it keep their category.
create table course_category (
    id         uuid primary key,
    name       varchar(50) not null unique,
    position   integer not null default 0,
    active     boolean not null default true,
    created_at timestamptz not null default now()
);
insert into course_category (id, name, position) values
    ('00000000-0000-4000-8000-000000000c01', '计算机知识', 1),
    ('00000000-0000-4000-8000-000000000c02', '业务技能', 2),
    ('00000000-0000-4000-8000-000000000c03', '法律法规', 3);
