-- Lessons of a course, in order (position 1..n without gaps). A VIDEO lesson plays a media asset, a DOCUMENT
-- lesson shows a PDF from the object store, an EXAM lesson points at an exam (no foreign key: exams live in
-- tables of their own, built separately).
create table lesson (
    id               uuid primary key,
    course_id        uuid not null references course (id) on delete cascade,
    position         integer not null check (position > 0),
    kind             varchar(10) not null check (kind in ('VIDEO', 'DOCUMENT', 'EXAM')),
    title            varchar(200) not null check (length(btrim(title)) > 0),
    media_asset_id   uuid references media_asset (id),
    document_key     varchar(300),
    exam_id          uuid,
    duration_seconds integer check (duration_seconds is null or duration_seconds >= 0),
    constraint lesson_position_unique unique (course_id, position) deferrable initially immediate,
    constraint lesson_content check (
        (kind = 'VIDEO' and document_key is null and exam_id is null)
        or (kind = 'DOCUMENT' and media_asset_id is null and exam_id is null)
        or (kind = 'EXAM' and media_asset_id is null and document_key is null))
);
create index lesson_media_asset_idx on lesson (media_asset_id) where media_asset_id is not null;
create index lesson_exam_idx on lesson (exam_id) where exam_id is not null;
