-- 单位/部门: a tree of units under each region node (people feature, docs/people.md §13).
-- Identity is region + path of names (the roster names a unit by its path, 五华区财政局/办公室), so the path is kept
-- materialised and unique per region; renaming or moving a unit rewrites its descendants' paths in one statement.
-- Deactivate, never delete: users and learning history keep pointing at a deactivated unit.
create table department (
    id          uuid primary key,
    region_code char(6) not null,
    parent_id   uuid references department (id),
    name        varchar(50) not null check (length(btrim(name)) between 1 and 50 and position('/' in name) = 0),
    path        varchar(300) not null,
    depth       smallint not null check (depth between 1 and 5),
    active      boolean not null default true,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create unique index department_region_path_uq on department (region_code, path);
create index department_parent_idx on department (parent_id);
