-- A learner's reading of one DOCUMENT lesson: the pages the viewer has displayed (reported page by page, each
-- checked against lesson_document.page_count) and when every page had been displayed (complete; counts for course
-- completion like a completed video, CourseHours). Pages and completion only ever grow.
create table document_progress (
    learner_id   uuid not null references app_user (id),
    lesson_id    uuid not null references lesson (id) on delete cascade,
    pages_seen   integer[] not null default '{}',
    opened_at    timestamptz not null,
    updated_at   timestamptz not null,
    completed_at timestamptz,
    primary key (learner_id, lesson_id)
);
create index document_progress_lesson_idx on document_progress (lesson_id);
