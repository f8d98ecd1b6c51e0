package cn.gov.egov.portal.people;

import static cn.gov.egov.portal.people.TestWorkbooks.HEADER;
import static cn.gov.egov.portal.people.TestWorkbooks.person;
import static cn.gov.egov.portal.people.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading handmade workbooks: header matching, cell text, row numbers. Refusals are in {@link RosterRefusalTest}. */
class RosterReaderTest {

    @TempDir
    Path dir;

    private final RosterReader reader = new RosterReader();

    @Test
    void readsEveryColumnOfTheTemplateHeader() throws IOException {
        Roster roster = reader.readAll(xlsx(dir, HEADER, person(1), person(2)));

        assertThat(roster.header().rowNumber()).isEqualTo(1);
        assertThat(roster.rows()).hasSize(2);
        RosterRow row = roster.rows().getFirst();
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.name()).isEqualTo("张三1");
        assertThat(row.username()).isEqualTo("zhang1");
        assertThat(row.idNumber()).isEqualTo(person(1).get(2));
        assertThat(row.phone()).isEqualTo("13800000001");
        assertThat(row.email()).isEqualTo("zhang1@km.gov.cn");
        assertThat(row.region()).isEqualTo("云南省/昆明市/五华区");
        assertThat(row.department()).isEqualTo("五华区财政局/办公室");
        assertThat(row.rank()).isEqualTo("一级科员");
        assertThat(row.role()).isEqualTo("学员");
        assertThat(row.isNumeric(RosterColumn.PHONE)).isFalse();
    }

    @Test
    void headerInAnotherOrderWithSpacesMarkersAliasesAndExtraColumns() throws IOException {
        Roster roster = reader.readAll(xlsx(dir,
                List.of(" 单位 ", "备注", "所属地区", "*姓 名", "工号（必填）", "手机号码"),
                List.of("五华区财政局", "新调入", "530102", "李四", "li4", "13912345678")));

        RosterHeader header = roster.header();
        assertThat(header.indexOf(RosterColumn.DEPARTMENT)).isZero();
        assertThat(header.indexOf(RosterColumn.NAME)).isEqualTo(3);
        assertThat(header.has(RosterColumn.ID_NUMBER)).isFalse();
        assertThat(header.titles()).containsExactly("单位", "备注", "所属地区", "*姓 名", "工号（必填）", "手机号码");
        RosterRow row = roster.rows().getFirst();
        assertThat(row.name()).isEqualTo("李四");
        assertThat(row.username()).isEqualTo("li4");
        assertThat(row.region()).isEqualTo("530102");
        assertThat(row.idNumber()).isEmpty();
        assertThat(row.cells()).containsExactly("五华区财政局", "新调入", "530102", "李四", "li4", "13912345678");
    }

    @Test
    void titleRowsAboveTheHeaderAndBlankRowsAreSkippedRowNumbersStayExcels() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("五华区 2025 年公务员培训花名册"));
        rows.add(null);
        rows.add(HEADER);
        rows.add(person(1));
        rows.add(null);
        rows.add(Arrays.asList("", " ", null, "\u00A0"));
        rows.add(person(2));
        Roster roster = reader.readAll(xlsx(dir, rows));

        assertThat(roster.header().rowNumber()).isEqualTo(3);
        assertThat(roster.rows()).extracting(RosterRow::number).containsExactly(4, 7);
        assertThat(roster.rows()).extracting(RosterRow::username).containsExactly("zhang1", "zhang2");
    }

    @Test
    void numbersAreReadAsPlainDigitsAndMarkedNumeric() throws IOException {
        Roster roster = reader.readAll(xlsx(dir, HEADER,
                Arrays.asList("王五", 1001, 530102199001011234L, 13812345678L, null, 530102, "五华区财政局", null, null),
                Arrays.asList("赵六", 12.5, null, 1.38e10, null, "530102", "五华区财政局", null, null)));

        RosterRow first = roster.rows().getFirst();
        assertThat(first.username()).isEqualTo("1001");
        assertThat(first.phone()).isEqualTo("13812345678");
        assertThat(first.region()).isEqualTo("530102");
        assertThat(first.idNumber()).matches("\\d{18}").isNotEqualTo("530102199001011234"); // a double loses digits
        assertThat(first.isNumeric(RosterColumn.ID_NUMBER)).isTrue();
        assertThat(first.isNumeric(RosterColumn.NAME)).isFalse();
        RosterRow second = roster.rows().get(1);
        assertThat(second.username()).isEqualTo("12.5");
        assertThat(second.phone()).isEqualTo("13800000000");
        assertThat(second.isNumeric(RosterColumn.REGION)).isFalse();
    }

    @Test
    void datesAreReadAsIsoDates() throws IOException {
        Roster roster = reader.readAll(xlsx(dir, List.of("姓名", "工号", "所属地区", "单位", "入职日期"),
                List.of("钱七", "qian7", "530102", "五华区财政局", LocalDate.of(2024, 3, 5))));

        assertThat(roster.rows().getFirst().cells().get(4)).isEqualTo("2024-03-05");
    }

    @Test
    void rowsCanBeStreamedWithoutKeepingThem() throws IOException {
        Path file = xlsx(dir, HEADER, person(1), person(2), person(3));
        List<Integer> numbers = new ArrayList<>();
        RosterHeader header = reader.read(file, row -> numbers.add(row.number()));
        assertThat(header.width()).isEqualTo(RosterColumn.values().length);
        assertThat(numbers).containsExactly(2, 3, 4);
    }

    @Test
    void cellsRightOfTheLastTitledColumnAreNotRead() throws IOException {
        Roster roster = reader.readAll(xlsx(dir, List.of("姓名", "工号", "所属地区", "单位"),
                List.of("孙八", "sun8", "530102", "五华区财政局", "", "untitled")));
        assertThat(roster.rows().getFirst().cells()).containsExactly("孙八", "sun8", "530102", "五华区财政局");
    }

    @Test
    void aFailingRowConsumerIsNotMistakenForABrokenFile() throws IOException {
        Path file = xlsx(dir, HEADER, person(1));
        assertThatThrownBy(() -> reader.read(file, row -> {
            throw new IllegalStateException("database unavailable");
        })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("database unavailable");
    }

    @Test
    void anUploadStreamIsReadToo() throws IOException {
        Path file = xlsx(dir, HEADER, person(1));
        try (var in = Files.newInputStream(file)) {
            assertThat(reader.readAll(in).rows()).hasSize(1);
        }
    }
}
