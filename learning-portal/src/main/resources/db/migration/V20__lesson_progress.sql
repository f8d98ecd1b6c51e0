-- A learner's verified progress in one video lesson (docs/learning-rules.md §1, §3): where they stopped, the
-- furthest point reached by verified playback, the credited watch time, and when the lesson became complete.
-- Written after every accepted heartbeat by LessonProgressRepository; furthest, credited and completed_at only ever
-- grow (the upsert takes the greater value and a trigger refuses anything else), the last position may move back.
create table lesson_progress (
    learner_id         uuid not null references app_user (id),
    lesson_id          uuid not null references lesson (id) on delete cascade,
    duration_ms        bigint not null check (duration_ms > 0),
    last_position_ms   bigint not null check (last_position_ms between 0 and duration_ms),
    furthest_ms        bigint not null check (furthest_ms between 0 and duration_ms),
    credited_ms        bigint not null check (credited_ms between 0 and furthest_ms),
    completed_at       timestamptz,
    updated_at         timestamptz not null,
    primary key (learner_id, lesson_id)
);
create index lesson_progress_lesson_idx on lesson_progress (lesson_id);

create function lesson_progress_monotonic() returns trigger language plpgsql as $$
begin
    if new.furthest_ms < old.furthest_ms or new.credited_ms < old.credited_ms
            or (old.completed_at is not null and new.completed_at is distinct from old.completed_at) then
        raise exception 'lesson progress only grows (learner %, lesson %)', old.learner_id, old.lesson_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger lesson_progress_monotonic before update on lesson_progress
    for each row execute function lesson_progress_monotonic();
