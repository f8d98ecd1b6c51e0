package cn.gov.egov.portal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.egov.portal.people.RegionResolver.Ambiguous;
import cn.gov.egov.portal.people.RegionResolver.Found;
import cn.gov.egov.portal.people.RegionResolver.Unknown;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * Checks roster rows for the administrator of one region (分级管理: people may only be placed inside the
 * importer's subtree) and yields an {@link ImportPlan} with every problem of every row. Rows may be passed one by
 * one ({@link #start()}) so a streamed roster is never held whole.
 */
public final class RosterValidator {

    private final RegionResolver regions;
    private final Region importerRegion;
    private final IdNumberHasher hasher;

    /**
     * @param regions            the division tree (the national one, so a region elsewhere is reported as outside
     *                           the importer's scope rather than unknown)
     * @param importerRegionCode the region of the importing administrator
     * @param hasher             keyed hashing of ID numbers
     */
    public RosterValidator(RegionResolver regions, String importerRegionCode, IdNumberHasher hasher) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.importerRegion = regions.tree().get(importerRegionCode);
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    public RosterValidator(RegionTree regions, String importerRegionCode, IdNumberHasher hasher) {
        this(new RegionResolver(regions), importerRegionCode, hasher);
    }

    /** Checks all rows at once. */
    public ImportPlan validate(Iterable<RosterRow> rows) {
        Run run = start();
        rows.forEach(run::accept);
        return run.finish();
    }

    /** A validation fed row by row, e.g. straight from {@link RosterReader#read}. Not thread-safe. */
    public Run start() {
        return new Run();
    }

    /** One validation in progress. */
    public final class Run {

        private final List<RosterEntry> entries = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final DuplicateTracker usernames = new DuplicateTracker(RowProblem.USERNAME_DUPLICATE,
                u -> "用户名 " + u + " ");
        private final DuplicateTracker idNumbers = new DuplicateTracker(RowProblem.ID_NUMBER_DUPLICATE,
                h -> "该身份证号");
        private final Map<String, RegionCheck> regionChecks = new HashMap<>();
        private final Map<String, Department> departments = new HashMap<>();
        private int rowCount;
        private boolean finished;

        private Run() {
        }

        public void accept(RosterRow row) {
            if (finished) {
                throw new IllegalStateException("validation already finished");
            }
            rowCount++;
            int before = errors.size();
            String name = FieldRules.name(row, errors);
            String username = FieldRules.username(row, errors);
            ProtectedIdNumber idNumber = idNumber(row);
            String phone = FieldRules.phone(row, errors);
            String email = FieldRules.email(row, errors);
            Region region = region(row);
            List<String> departmentNames = FieldRules.departmentNames(row, errors);
            Rank rank = FieldRules.rank(row, errors);
            Role role = FieldRules.role(row, errors);
            if (username != null) {
                usernames.see(username, row.number());
            }
            if (idNumber != null) {
                idNumbers.see(idNumber.hash(), row.number());
            }
            if (errors.size() == before) {
                Department department = department(region.code(), departmentNames);
                entries.add(new RosterEntry(row.number(), name, username, idNumber, phone, email, region.code(),
                        department, rank, role));
            }
        }

        /** The plan: rows involved in a duplicate are errors too. */
        public ImportPlan finish() {
            finished = true;
            errors.addAll(usernames.errors());
            errors.addAll(idNumbers.errors());
            Set<Integer> bad = errors.stream().map(RowError::row).collect(Collectors.toCollection(HashSet::new));
            List<RosterEntry> valid = entries.stream().filter(e -> !bad.contains(e.row())).toList();
            return new ImportPlan(rowCount, valid, errors);
        }

        private ProtectedIdNumber idNumber(RosterRow row) {
            if (row.idNumber().isEmpty()) {
                return null;
            }
            if (row.isNumeric(RosterColumn.ID_NUMBER)) {
                errors.add(RowError.of(row.number(), RowProblem.ID_NUMBER_NOT_TEXT,
                        "身份证号被 Excel 存成了数字，末几位已丢失。请把该列设为“文本”格式后重新填写号码"));
                return null;
            }
            String number = IdNumbers.normalise(row.idNumber());
            IdNumbers.Problem problem = IdNumbers.check(number).orElse(null);
            if (problem == null) {
                return hasher.protect(number);
            }
            errors.add(switch (problem) {
                case FORMAT -> RowError.of(row.number(), RowProblem.ID_NUMBER_INVALID,
                        "身份证号应为 18 位：17 位数字加最后一位数字或 X");
                case FIFTEEN_DIGITS -> RowError.of(row.number(), RowProblem.ID_NUMBER_INVALID,
                        "15 位旧身份证号已停用，请填写 18 位号码");
                case BIRTH_DATE -> RowError.of(row.number(), RowProblem.ID_NUMBER_INVALID,
                        "身份证号中的出生日期（第 7–14 位）不是有效日期");
                case CHECKSUM -> RowError.of(row.number(), RowProblem.ID_NUMBER_CHECKSUM,
                        "身份证号校验位不正确，请逐位核对号码");
            });
            return null;
        }

        private Region region(RosterRow row) {
            if (row.region().isEmpty()) {
                errors.add(RowError.of(row.number(), RowProblem.REGION_MISSING, "所属地区不能为空"));
                return null;
            }
            RegionCheck check = regionChecks.computeIfAbsent(row.region(), this::checkRegion);
            if (check.region() == null) {
                errors.add(RowError.of(row.number(), check.problem(), check.message()));
            }
            return check.region();
        }

        private RegionCheck checkRegion(String text) {
            String scope = regions.tree().path(importerRegion.code());
            List<Region> candidates = switch (regions.resolve(text)) {
                case Unknown u -> List.of();
                case Found f -> List.of(f.region());
                case Ambiguous a -> a.candidates();
            };
            if (candidates.isEmpty()) {
                return RegionCheck.problem(RowProblem.REGION_UNKNOWN, "未找到地区「" + text
                        + "」。请填写六位行政区划代码或完整名称，如 云南省/昆明市/五华区");
            }
            List<Region> inScope = candidates.stream()
                    .filter(r -> regions.tree().isWithin(r.code(), importerRegion.code())).toList();
            if (inScope.isEmpty()) {
                return RegionCheck.problem(RowProblem.REGION_OUT_OF_SCOPE, "地区「" + text + "」不在您管理的范围（"
                        + scope + "）内，只能导入本地区及下级地区的人员");
            }
            if (inScope.size() > 1) {
                return RegionCheck.problem(RowProblem.REGION_AMBIGUOUS, "地区「" + text + "」有多个同名地区（"
                        + inScope.stream().map(r -> regions.tree().path(r.code())).collect(Collectors.joining("，"))
                        + "），请写出上级地区");
            }
            return new RegionCheck(inScope.getFirst(), null, null);
        }

        private Department department(String regionCode, List<String> names) {
            Department department = null;
            StringBuilder key = new StringBuilder(regionCode);
            for (String name : names) {
                key.append('/').append(name);
                Department parent = department;
                department = departments.computeIfAbsent(key.toString(),
                        k -> new Department(regionCode, name, parent));
            }
            return department;
        }
    }

    private record RegionCheck(Region region, RowProblem problem, String message) {
        static RegionCheck problem(RowProblem problem, String message) {
            return new RegionCheck(null, problem, message);
        }
    }
}
