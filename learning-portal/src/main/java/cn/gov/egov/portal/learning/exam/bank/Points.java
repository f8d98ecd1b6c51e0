package cn.gov.egov.portal.learning.exam.bank;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Marks are exact decimals with two places, never floating point. */
public final class Points {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    public static final BigDecimal ONE = new BigDecimal("1.00");
    public static final BigDecimal MAX = new BigDecimal("1000.00");

    private Points() {
    }

    /** {@code "2.5"} → {@code 2.50}. */
    public static BigDecimal of(String value) {
        return positive(new BigDecimal(value));
    }

    /** A question's marks: more than 0, at most 1000, at most two decimals (0.333 is refused). */
    public static BigDecimal positive(BigDecimal value) {
        Objects.requireNonNull(value, "points");
        BigDecimal exact;
        try {
            exact = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ExamException("points-invalid", "分值最多保留两位小数：" + value.toPlainString());
        }
        if (exact.signum() <= 0 || exact.compareTo(MAX) > 0) {
            throw new ExamException("points-invalid", "分值必须大于 0 且不超过 1000：" + value.toPlainString());
        }
        return exact;
    }
}
