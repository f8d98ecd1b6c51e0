package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionLevel;
import cn.gov.egov.region.RegionTree;

/**
 * A province's whole roster: 100,000 generated rows over Yunnan's 129 counties, read as a stream, validated and —
 * with a few seeded mistakes — refused with exactly those errors and a report of all rows. Asserts correctness, not
 * time; the time is printed.
 */
class LargeRosterTest {

    static final int ROWS = 100_000;
    static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;
    static final RegionTree YUNNAN = RegionTree.province("530000");
    static final List<Region> COUNTIES = YUNNAN.all().stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
    static final List<String> RANKS = Rank.labels();
    /** Seeded mistakes by row number: a bad phone, and row 60002 repeats the username of row 12. */
    static final Map<Integer, RowProblem> SEEDED = new TreeMap<>(Map.of(
            1_002, RowProblem.PHONE_INVALID, 33_333, RowProblem.RANK_UNKNOWN, 77_777, RowProblem.REGION_OUT_OF_SCOPE,
            99_999, RowProblem.ID_NUMBER_CHECKSUM, 12, RowProblem.USERNAME_DUPLICATE,
            60_002, RowProblem.USERNAME_DUPLICATE));

    @TempDir
    static Path dir;
    static Path clean;
    static Path seeded;

    private final RosterReader reader = new RosterReader();
    private final RosterValidator yunnan =
            new RosterValidator(RegionResolverTest.CHINA, "530000", RosterValidatorTest.HASHER);

    @BeforeAll
    static void generate() throws IOException {
        assertThat(COUNTIES).hasSize(129);
        long start = System.nanoTime();
        clean = generate("clean.xlsx", false);
        seeded = generate("seeded.xlsx", true);
        System.out.printf("generated two %,d-row rosters (%,d and %,d bytes) in %,d ms%n", ROWS, Files.size(clean),
                Files.size(seeded), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aHundredThousandRowsAreReadAndValidatedAsAStream() throws IOException {
        long start = System.nanoTime();
        RosterValidator.Run run = yunnan.start();
        RosterHeader header = reader.read(clean, run::accept);
        ImportPlan plan = run.finish();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("read and validated %,d rows in %,d ms%n", plan.rowCount(), millis);

        assertThat(header.rowNumber()).isEqualTo(1);
        assertThat(plan.rowCount()).isEqualTo(ROWS);
        assertThat(plan.errors()).isEmpty();
        List<RosterEntry> entries = plan.entriesToWrite();
        assertThat(entries).hasSize(ROWS);
        for (int i : new int[] {0, 1, 4_242, 54_321, ROWS - 1}) {
            RosterEntry entry = entries.get(i);
            Region county = COUNTIES.get(i % COUNTIES.size());
            assertThat(entry.row()).isEqualTo(i + 2);
            assertThat(entry.username()).isEqualTo(String.format("u%06d", i));
            assertThat(entry.regionCode()).isEqualTo(county.code());
            assertThat(entry.department().path()).isEqualTo(county.name() + "人社局/第" + (i % 5 + 1) + "科");
            assertThat(entry.idNumber().masked()).isEqualTo(idNumber(i).substring(0, 4) + "**********"
                    + idNumber(i).substring(14));
            assertThat(entry.phone()).isEqualTo(String.format("139%08d", i));
            assertThat(entry.rank().label()).isEqualTo(RANKS.get(i % RANKS.size()));
            assertThat(entry.role()).isEqualTo(i % 1000 == 0 ? Role.COURSE_ADMIN : Role.LEARNER);
        }
        assertThat(plan.departmentsToWrite(ImportMode.ALL_OR_NOTHING)).hasSize(129 * 6);
    }

    @Test
    void seededMistakesAreFoundExactlyAndNothingIsWritten() throws IOException {
        long start = System.nanoTime();
        Roster roster = reader.readAll(seeded);
        ImportPlan plan = yunnan.validate(roster.rows());
        System.out.printf("read and validated %,d rows with mistakes in %,d ms%n", plan.rowCount(),
                (System.nanoTime() - start) / 1_000_000);

        assertThat(plan.errors()).extracting(RowError::row, RowError::code).containsExactlyElementsOf(
                SEEDED.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList());
        assertThat(plan.validEntries()).hasSize(ROWS - SEEDED.size());
        assertThatThrownBy(plan::entriesToWrite).isInstanceOf(RosterRejectedException.class)
                .hasMessageContaining("6 行共 6 处错误");

        Path report = dir.resolve("report.xlsx");
        start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(report)) {
            ErrorReportWorkbook.write(roster, plan.errors(), out);
        }
        System.out.printf("wrote the %,d-row error report (%,d bytes) in %,d ms%n", ROWS, Files.size(report),
                (System.nanoTime() - start) / 1_000_000);
        List<RosterRow> again = new ArrayList<>();
        reader.read(report, again::add);
        assertThat(again).hasSize(ROWS);
        assertThat(again.get(1_000).cells().get(9)).startsWith("「手机号」");
        assertThat(again.get(1_001).cells().get(9)).isEmpty();
    }

    static String idNumber(int i) {
        Region county = COUNTIES.get(i % COUNTIES.size());
        String birth = LocalDate.of(1960, 1, 1).plusDays(i / 1000).format(BIRTH);
        return IdNumbers.withCheckDigit(county.code() + birth + String.format("%03d", i % 1000));
    }

    private static Path generate(String name, boolean withMistakes) throws IOException {
        Path file = dir.resolve(name);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("花名册");
            Row header = sheet.createRow(0);
            for (RosterColumn column : RosterColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.title());
            }
            for (int i = 0; i < ROWS; i++) {
                Region county = COUNTIES.get(i % COUNTIES.size());
                String[] cells = {"学员" + i, String.format("u%06d", i), idNumber(i), String.format("139%08d", i),
                        "u" + i + "@yn.gov.cn", i % 2 == 0 ? county.code() : YUNNAN.path(county.code()),
                        county.name() + "人社局/第" + (i % 5 + 1) + "科", RANKS.get(i % RANKS.size()),
                        i % 1000 == 0 ? "课程管理员" : ""};
                int rowNumber = i + 2;
                if (withMistakes) {
                    switch (rowNumber) {
                        case 1_002 -> cells[3] = "139";
                        case 33_333 -> cells[7] = "副处长";
                        case 77_777 -> cells[5] = "四川省/成都市/锦江区";
                        case 99_999 -> cells[2] = cells[2].substring(0, 17) + (cells[2].charAt(17) == '1' ? '2' : '1');
                        case 60_002 -> cells[1] = String.format("u%06d", 10);
                        default -> {
                            // as generated
                        }
                    }
                }
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
