package cn.gov.egov.portal.people;

import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.portal.PortalApplication;
import cn.gov.egov.portal.people.admin.ImportOutcome;
import cn.gov.egov.portal.people.admin.ImportProgress;
import cn.gov.egov.portal.people.admin.RosterImportService;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionLevel;
import cn.gov.egov.region.RegionTree;

/**
 * A program, not a test: imports a generated roster of a province (default 100,000 people over Yunnan's 129
 * counties, two-level units, all columns filled) through {@link RosterImportService} into the embedded PostgreSQL,
 * as a province administrator, and prints the time of each phase, and the same rows written by PostgreSQL's own
 * {@code COPY} in the same run as the reference (see {@link #copyReference}). Run (after test-compile):
 * <pre>
 * java -cp learning-portal/target/test-classes:learning-portal/target/classes:$(cat cp.txt) \
 *     cn.gov.egov.portal.people.RosterImportBench [rows]
 * </pre>
 */
public final class RosterImportBench {

    private RosterImportBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static void run(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("roster-bench-");
        long t = System.nanoTime();
        Path file = generate(dir.resolve("roster.xlsx"), rows);
        System.out.printf("generated %,d rows (%,d bytes) in %,d ms%n", rows, Files.size(file), ms(t));

        Map<String, Object> props = new HashMap<>(TestInfrastructure.get().springProperties());
        props.put("portal.demo.password", "Bench-Passw0rd-2026");
        props.put("portal.conference-server.base-url", "http://127.0.0.1:1");
        props.put("portal.media.worker-url", "http://127.0.0.1:1");
        props.put("server.port", "0");
        props.put("vaadin.productionMode", "true"); // the prod bundle; vaadin-dev is not on the class path
        props.forEach((k, v) -> System.setProperty(k, String.valueOf(v))); // above application.yml
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.SERVLET).profiles("dev").run()) {
            PortalUser admin = new PortalUser(UUID.randomUUID(), "bench-admin", "省管理员", null, "{noop}x",
                    Role.REGION_ADMIN, "530000", true);
            ctx.getBean(UserRepository.class).insert(admin);
            RosterImportService imports = ctx.getBean(RosterImportService.class);
            long[] phaseStart = new long[ImportProgress.Phase.values().length];
            long start = System.nanoTime();
            ImportOutcome outcome = imports.importRoster(admin, file, p -> {
                if (phaseStart[p.phase().ordinal()] == 0) {
                    phaseStart[p.phase().ordinal()] = System.nanoTime();
                }
            });
            long total = ms(start);
            if (!(outcome instanceof ImportOutcome.Imported ok)) {
                throw new IllegalStateException("roster refused: " + ((ImportOutcome.Rejected) outcome).summary());
            }
            long read = (phaseStart[ImportProgress.Phase.CHECKING.ordinal()] - start) / 1_000_000;
            long check = (phaseStart[ImportProgress.Phase.WRITING.ordinal()]
                    - phaseStart[ImportProgress.Phase.CHECKING.ordinal()]) / 1_000_000;
            long write = (phaseStart[ImportProgress.Phase.DONE.ordinal()]
                    - phaseStart[ImportProgress.Phase.WRITING.ordinal()]) / 1_000_000;
            int stored = ctx.getBean(JdbcClient.class).sql("select count(*) from app_user where must_change_password")
                    .query(Integer.class).single();
            long copy = copyReference(ctx.getBean(DataSource.class));
            System.out.printf(Locale.ROOT, """
                    | rows | read + validate | check against DB, passwords, units | write (one transaction) | total \
                    | reference: COPY of the same rows | total ÷ reference |
                    |---|---|---|---|---|---|---|
                    | %,d | %,d ms | %,d ms | %,d ms | %,d ms | %,d ms | %.1f× |
                    people created %,d (in table: %,d), units created %,d%n""", rows, read, check, write, total,
                    copy, (double) total / copy, ok.people(), stored, ok.units());
        }
    }

    /**
     * The reference, in the same run: the very rows the import wrote to {@code app_user}, read back as CSV, then
     * written with one PostgreSQL {@code COPY … FROM STDIN} into a scratch table of the same shape (columns,
     * defaults, constraints and indexes, so the unique user name is checked too) in one transaction: the floor of
     * putting these rows into this database. Only the COPY and its commit are timed; the table is dropped after.
     *
     * @return milliseconds
     */
    static long copyReference(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (Statement s = c.createStatement()) {
                s.execute("create table bench_roster (like app_user including defaults including constraints "
                        + "including indexes)");
            }
            StringWriter csv = new StringWriter();
            copy.copyOut("copy (select * from app_user where must_change_password) to stdout (format csv)", csv);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long copied = copy.copyIn("copy bench_roster from stdin (format csv)", new StringReader(csv.toString()));
            c.commit();
            long took = ms(start);
            c.setAutoCommit(autoCommit);
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_roster");
            }
            System.out.printf("reference: COPY of %,d rows (%,d bytes of CSV) in %,d ms%n", copied,
                    csv.getBuffer().length(), took);
            return Math.max(1, took);
        }
    }

    static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    static Path generate(Path file, int rows) throws Exception {
        RegionTree yunnan = RegionTree.province("530000");
        List<Region> counties = yunnan.all().stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
        List<String> ranks = Rank.labels();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("花名册");
            Row header = sheet.createRow(0);
            for (RosterColumn column : RosterColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.title());
            }
            for (int i = 0; i < rows; i++) {
                Region county = counties.get(i % counties.size());
                String birth = LocalDate.of(1960, 1, 1).plusDays(i / 1000).format(DateTimeFormatter.BASIC_ISO_DATE);
                String id = IdNumbers.withCheckDigit(county.code() + birth + String.format("%03d", i % 1000));
                String[] cells = {"学员" + i, String.format("b%06d", i), id, String.format("139%08d", i),
                        "b" + i + "@yn.gov.cn", county.code(), county.name() + "人社局/第" + (i % 5 + 1) + "科",
                        ranks.get(i % ranks.size()), ""};
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
