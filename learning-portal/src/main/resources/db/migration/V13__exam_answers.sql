-- Exams (考试), 4/5: saved answers, one row per question of an attempt, written as the learner goes (each save is
-- acknowledged only after its row is committed). A blank answer deletes the row.
create table exam_answer (
    attempt_id  uuid        not null references exam_attempt (id),
    question_id varchar(64) not null,
    kind        varchar(10) not null check (kind in ('CHOICE', 'JUDGEMENT', 'TEXT')),
    choices     varchar(40),            -- A,C  (letters on the learner's paper)
    judgement   boolean,
    text        varchar(500),
    saved_at    timestamptz not null,
    primary key (attempt_id, question_id)
);
