package cn.gov.egov.portal.learning.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Learning hours (学时) are exact decimals with two places; never floating point. */
public final class Hours {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Hours() {
    }

    /** {@code "0.5"} → {@code 0.50}. */
    public static BigDecimal of(String value) {
        return exact(new BigDecimal(value));
    }

    /** The value at scale 2; refuses anything that would need rounding (0.333). */
    public static BigDecimal exact(BigDecimal value) {
        Objects.requireNonNull(value, "hours");
        try {
            return value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new HoursException("hours-not-exact", "学时最多保留两位小数：" + value.toPlainString());
        }
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static boolean isPositive(BigDecimal value) {
        return value.signum() > 0;
    }
}
