-- Exams (考试), 1/5: the question bank. Each region keeps its own bank; a question is stored whole as the domain's
-- Question (JSON written by ExamJson: stem, options, answer key, marks, explanation), with the columns the bank
-- screens filter on copied out. Questions are deactivated, never deleted: attempts keep their own snapshot anyway.
create table exam_category (
    region_code char(6)       not null,
    path        varchar(1100) not null,   -- 安全生产/法规 (CategoryPath: ≤ 10 names of ≤ 100 characters)
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null,
    primary key (region_code, path)
);

create table exam_question (
    id            varchar(64)   primary key,
    region_code   char(6)       not null,
    category_path varchar(1100) not null,
    type          varchar(12)   not null check (type in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'FILL_IN')),
    name          varchar(120)  not null,
    body          jsonb         not null,
    active        boolean       not null default true,
    source        varchar(255),           -- the imported file's name, null when typed in
    created_by    varchar(64)   not null,
    created_at    timestamptz   not null
);
create index exam_question_bank_idx on exam_question (region_code, category_path) where active;
