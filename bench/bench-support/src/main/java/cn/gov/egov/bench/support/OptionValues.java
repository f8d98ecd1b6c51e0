package cn.gov.egov.bench.support;

import java.nio.file.Path;

/** Checks of command-line option values the benchmarks' options share; bad values are IllegalArgumentExceptions. */
public final class OptionValues {

    private OptionValues() {
    }

    /** {@code value} as a positive int; {@code arg} (the whole argument) names it in the message. */
    public static int positive(String arg, String value) {
        int n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException(arg + ": must be positive");
        }
        return n;
    }

    /** {@code value} as an int from {@code min} to {@code max}. */
    public static int range(String arg, String value, int min, int max) {
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            throw new IllegalArgumentException(arg + ": must be between " + min + " and " + max);
        }
        return n;
    }

    /** {@code on} or {@code off} as a boolean. */
    public static boolean onOff(String option, String value) {
        if (!value.equals("on") && !value.equals("off")) {
            throw new IllegalArgumentException(option + " must be on or off");
        }
        return value.equals("on");
    }

    /** The one positional argument, the repository root; any other argument starting with "-" is unknown. */
    public static Path repositoryRoot(String arg) {
        if (arg.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + arg);
        }
        return Path.of(arg);
    }
}
