package cn.gov.egov.portal.learning.exam.imports;

import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** Ids for imported questions: {@code imp-} and 16 random hex digits from the injected generator. */
final class QuestionIds {

    private QuestionIds() {
    }

    static String next(RandomGenerator random) {
        return "imp-" + HexFormat.of().toHexDigits(random.nextLong());
    }
}
