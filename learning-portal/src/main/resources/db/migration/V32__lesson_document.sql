-- The PDF of a DOCUMENT lesson (docs/courses.md "Document lessons"): uploaded in the lessons editor, streamed to the
-- object store under lesson.document_key, checked to be a PDF that PDFBox opens, its page count recorded here so
-- the server can check the pages a viewer reports. One document per lesson; gone with the lesson.
create table lesson_document (
    lesson_id     uuid primary key references lesson (id) on delete cascade,
    object_key    varchar(300) not null unique,
    size_bytes    bigint not null check (size_bytes > 0),
    page_count    integer not null check (page_count > 0),
    original_name varchar(255) not null,
    uploaded_by   varchar(100) not null,
    uploaded_at   timestamptz not null
);
