-- Reports (学习统计, docs/reports.md): a region's learners are found by a code prefix (region_code LIKE '5301%'),
-- which a plain btree on char(6) cannot serve under a non-C collation; this one can, and holds only the rows the
-- reports count (enabled learners).
create index app_user_learner_region_idx on app_user (region_code bpchar_pattern_ops)
    where role = 'LEARNER' and enabled;
-- A year's ledger for many learners at once (the per-learner index leads with learner_id); covering, so the
-- report's sums read the index only.
create index hour_ledger_entry_year_idx on hour_ledger_entry (year, learner_id) include (category, hours);
