package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Units under a region: path identity, limits, parents in the same region. */
class DepartmentTest {

    @Test
    void aPathOfUnitsInOneRegion() {
        Department office = Department.of("530102", "五华区财政局").child("办公室");
        assertThat(office.path()).isEqualTo("五华区财政局/办公室");
        assertThat(office.depth()).isEqualTo(2);
        assertThat(office.lineage()).extracting(Department::name).containsExactly("五华区财政局", "办公室");
        assertThat(office).isEqualTo(Department.of("530102", "五华区财政局").child("办公室"));
        assertThat(office).isNotEqualTo(Department.of("530103", "五华区财政局").child("办公室"));
    }

    @Test
    void namesAreLimited() {
        assertThat(Department.of("530102", "局".repeat(50)).name()).hasSize(50);
        assertThatThrownBy(() -> Department.of("530102", "局".repeat(51)))
                .isInstanceOf(PeopleException.class).hasMessageContaining("不能超过 50 个字")
                .extracting(e -> ((PeopleException) e).code()).isEqualTo("department-name-too-long");
        assertThatThrownBy(() -> Department.of("530102", " ")).hasMessageContaining("不能为空");
        assertThatThrownBy(() -> Department.of("530102", "a/b")).hasMessageContaining("/");
        assertThatThrownBy(() -> Department.of("5301", "财政局")).hasMessageContaining("六位");
    }

    @Test
    void atMostFiveLevelsAndParentsInTheSameRegion() {
        Department five = Department.of("530102", "一").child("二").child("三").child("四").child("五");
        assertThat(five.depth()).isEqualTo(Department.MAX_DEPTH);
        assertThatThrownBy(() -> five.child("六")).hasMessageContaining("最多 5 级");
        assertThatThrownBy(() -> new Department("530103", "科", Department.of("530102", "局")))
                .hasMessageContaining("同一地区");
    }
}
