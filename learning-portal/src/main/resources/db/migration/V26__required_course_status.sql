-- Who must take which required course by when, and whether they have (docs/courses.md "Required courses").
-- One place for the rule, used by the learner's home page and reminders (per learner) and by the reports (per
-- region and department), so the two can never disagree.
--
-- A learner (role LEARNER, enabled) is bound by an assignment of a published required course when they can see the
-- course (their region is in the subtree of the course's owning region) and the assignment's target matches them:
--   REGION     their region is in the subtree of the target region;
--   DEPARTMENT their unit is the target unit or one of its descendants;
--   RANK       their rank equals the target rank.
-- Several matching assignments of one course: the earliest deadline applies. A course is completed when the ledger
-- holds its course line (a course is credited once per learner ever, CourseHours).

-- The code prefix of a region's subtree, from the shape of the code (GB/T 2260): 530000 → 53, 530100 → 5301,
-- 530102 → 530102. Same rule as region-data's Region.subtreePrefix().
create function region_subtree_prefix(code char(6)) returns text
    language sql immutable parallel safe
    return case when substr(code, 3, 4) = '0000' then substr(code, 1, 2)
                when substr(code, 5, 2) = '00' then substr(code, 1, 4)
                else code::text end;

create view required_course_status as
select r.course_id, r.learner_id, r.deadline, done.completed_on
from (
    select a.course_id, u.id as learner_id, min(a.deadline) as deadline
    from course_assignment a
    join course c on c.id = a.course_id and c.status = 'PUBLISHED' and c.kind = 'REQUIRED'
    join app_user u on u.role = 'LEARNER' and u.enabled
                   and u.region_code like region_subtree_prefix(c.region_code) || '%'
    where (a.target_type = 'REGION' and u.region_code like region_subtree_prefix(a.target_value::char(6)) || '%')
       or (a.target_type = 'RANK' and u.rank = a.target_value)
       or (a.target_type = 'DEPARTMENT' and exists (
               select 1 from department t join department d on d.region_code = t.region_code
                                                            and (d.path = t.path or d.path like t.path || '/%')
               where t.id::text = a.target_value and d.id = u.department_id))
    group by a.course_id, u.id
) r
left join lateral (
    select min(e.entry_date) as completed_on
    from hour_ledger_entry e
    where e.learner_id = r.learner_id and e.source_kind = 'COURSE' and e.source_id = r.course_id::text
) done on true;
