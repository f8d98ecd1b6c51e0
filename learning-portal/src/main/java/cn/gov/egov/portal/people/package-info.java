/**
 * People and organisation (人员与单位) as plain Java: ranks (职级), departments (单位/部门) under regions, and the bulk
 * roster import from Excel — a streaming {@link cn.gov.egov.portal.people.RosterReader}, a per-row
 * {@link cn.gov.egov.portal.people.RosterValidator} that yields an all-or-nothing
 * {@link cn.gov.egov.portal.people.ImportPlan}, the {@link cn.gov.egov.portal.people.ErrorReportWorkbook} and the
 * {@link cn.gov.egov.portal.people.RosterTemplate}. No Spring, no database, no UI. See {@code docs/people.md}.
 */
package cn.gov.egov.portal.people;
