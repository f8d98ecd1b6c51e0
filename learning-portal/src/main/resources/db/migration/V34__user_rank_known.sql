-- 职级 is stored as the code of cn.gov.egov.portal.people.Rank; the database refuses anything else, so no page that
-- lists people can meet a rank it cannot show (a new rank in the enum needs a migration that widens this list).
alter table app_user add constraint app_user_rank_known check (rank is null or rank in (
    'BUREAU_INSPECTOR_1',
    'BUREAU_INSPECTOR_2',
    'RESEARCHER_1',
    'RESEARCHER_2',
    'RESEARCHER_3',
    'RESEARCHER_4',
    'PRINCIPAL_STAFF_1',
    'PRINCIPAL_STAFF_2',
    'PRINCIPAL_STAFF_3',
    'PRINCIPAL_STAFF_4',
    'STAFF_1',
    'STAFF_2',
    'PROVINCE_CHIEF',
    'PROVINCE_DEPUTY',
    'BUREAU_CHIEF',
    'BUREAU_DEPUTY',
    'DIVISION_CHIEF',
    'DIVISION_DEPUTY',
    'SECTION_CHIEF',
    'SECTION_DEPUTY'
));
