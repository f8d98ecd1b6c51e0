package cn.gov.egov.portal.people;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 职级: the ranks of the comprehensive-management civil servants under 《公务员职务与职级并行规定》 (2019) — the twelve
 * grades (职级) 一级巡视员 … 二级科员 first, then the leadership posts (领导职务层次) from 省部级正职 to 乡科级副职. National
 * leadership posts (国家级) are left out: they are not on a provincial roster. A roster row carries one value: the
 * leadership post for those who hold one, otherwise the grade. The list order is the template's drop-down order.
 */
public enum Rank {
    BUREAU_INSPECTOR_1("一级巡视员", Kind.GRADE, Tier.BUREAU),
    BUREAU_INSPECTOR_2("二级巡视员", Kind.GRADE, Tier.BUREAU),
    RESEARCHER_1("一级调研员", Kind.GRADE, Tier.DIVISION),
    RESEARCHER_2("二级调研员", Kind.GRADE, Tier.DIVISION),
    RESEARCHER_3("三级调研员", Kind.GRADE, Tier.DIVISION),
    RESEARCHER_4("四级调研员", Kind.GRADE, Tier.DIVISION),
    PRINCIPAL_STAFF_1("一级主任科员", Kind.GRADE, Tier.SECTION),
    PRINCIPAL_STAFF_2("二级主任科员", Kind.GRADE, Tier.SECTION),
    PRINCIPAL_STAFF_3("三级主任科员", Kind.GRADE, Tier.SECTION),
    PRINCIPAL_STAFF_4("四级主任科员", Kind.GRADE, Tier.SECTION),
    STAFF_1("一级科员", Kind.GRADE, Tier.STAFF),
    STAFF_2("二级科员", Kind.GRADE, Tier.STAFF),
    PROVINCE_CHIEF("省部级正职", Kind.LEADERSHIP, Tier.PROVINCE, "正部级"),
    PROVINCE_DEPUTY("省部级副职", Kind.LEADERSHIP, Tier.PROVINCE, "副部级"),
    BUREAU_CHIEF("厅局级正职", Kind.LEADERSHIP, Tier.BUREAU, "正厅级", "正局级"),
    BUREAU_DEPUTY("厅局级副职", Kind.LEADERSHIP, Tier.BUREAU, "副厅级", "副局级"),
    DIVISION_CHIEF("县处级正职", Kind.LEADERSHIP, Tier.DIVISION, "正处级", "正县级"),
    DIVISION_DEPUTY("县处级副职", Kind.LEADERSHIP, Tier.DIVISION, "副处级", "副县级"),
    SECTION_CHIEF("乡科级正职", Kind.LEADERSHIP, Tier.SECTION, "正科级"),
    SECTION_DEPUTY("乡科级副职", Kind.LEADERSHIP, Tier.SECTION, "副科级");

    /** 职级 (a grade, promoted by seniority and merit) or 领导职务 (a leadership post). */
    public enum Kind {
        GRADE("职级"), LEADERSHIP("领导职务");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The level a rank corresponds to (职务与职级对应关系): 一级巡视员 ~ 厅局级正职, 一级至四级调研员 ~ 县处级,
     * 一级至四级主任科员 ~ 乡科级, 科员 below. Training requirements are usually stated per tier (e.g. 县处级以上).
     */
    public enum Tier {
        PROVINCE("省部级"), BUREAU("厅局级"), DIVISION("县处级"), SECTION("乡科级"), STAFF("科员级");

        private final String label;

        Tier(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Map<String, Rank> BY_TEXT = Arrays.stream(values())
            .flatMap(r -> Stream.concat(Stream.of(r.label), r.aliases.stream()).map(t -> Map.entry(t, r)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String label;
    private final Kind kind;
    private final Tier tier;
    private final List<String> aliases;

    Rank(String label, Kind kind, Tier tier, String... aliases) {
        this.label = label;
        this.kind = kind;
        this.tier = tier;
        this.aliases = List.of(aliases);
    }

    /** The official Chinese name, as written in the roster and shown to users. */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public Tier tier() {
        return tier;
    }

    /**
     * The rank written in a cell: the official name or a common short form of a leadership post (正处级, 副科级 …),
     * spaces ignored. Empty when not a known rank.
     */
    public static Optional<Rank> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_TEXT.get(Text.compact(text)));
    }

    /** The official names in list order, for the template's drop-down. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Rank::label).toList();
    }
}
