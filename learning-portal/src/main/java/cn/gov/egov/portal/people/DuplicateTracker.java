package cn.gov.egov.portal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds values that occur in more than one row. Every row of a duplicate gets an error naming the other rows, so
 * the administrator decides which is right and a rows-only import skips all of them.
 */
final class DuplicateTracker {

    private static final int ROWS_NAMED = 10;

    private final RowProblem problem;
    private final Function<String, String> describe;
    private final Map<String, Integer> firstRow = new HashMap<>();
    private final Map<String, List<Integer>> repeated = new LinkedHashMap<>();

    /**
     * @param describe the Chinese words for a value, e.g. {@code 用户名 zhangsan }, followed by 在本文件中出现…
     */
    DuplicateTracker(RowProblem problem, Function<String, String> describe) {
        this.problem = problem;
        this.describe = describe;
    }

    void see(String key, int row) {
        Integer first = firstRow.putIfAbsent(key, row);
        if (first != null) {
            repeated.computeIfAbsent(key, k -> new ArrayList<>(List.of(first))).add(row);
        }
    }

    /** One error for every row of every duplicate. */
    List<RowError> errors() {
        List<RowError> errors = new ArrayList<>();
        repeated.forEach((key, rows) -> {
            String where = rows.stream().limit(ROWS_NAMED).map(String::valueOf).collect(Collectors.joining("、"))
                    + (rows.size() > ROWS_NAMED ? " 等" : "");
            for (int row : rows) {
                errors.add(RowError.of(row, problem, describe.apply(key) + "在本文件中出现 " + rows.size()
                        + " 次（第 " + where + " 行），每人只能有一行"));
            }
        });
        return errors;
    }
}
