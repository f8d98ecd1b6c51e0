package cn.gov.egov.portal.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence and an ISO 7064 MOD 11-2 check
 * character ({@code 0-9} or {@code X}). Only the structure is checked — whether the number was ever issued cannot
 * be known here.
 */
public final class IdNumbers {

    /** What is wrong with a number. */
    public enum Problem {
        /** Not 17 digits and a digit or X. */
        FORMAT,
        /** The 15-digit first-generation number, out of use since 2013. */
        FIFTEEN_DIGITS,
        /** Digits 7–14 are not a date from 1900 on. */
        BIRTH_DATE,
        /** The 18th character does not match the first 17. */
        CHECKSUM
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern FIFTEEN = Pattern.compile("\\d{15}");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private IdNumbers() {
    }

    /** Spaces removed, a lower-case x made upper-case. */
    public static String normalise(String text) {
        return Text.compact(text).toUpperCase(Locale.ROOT);
    }

    /** The problem with a normalised number, empty when it is well formed. */
    public static Optional<Problem> check(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return Optional.of(number != null && FIFTEEN.matcher(number).matches() ? Problem.FIFTEEN_DIGITS
                    : Problem.FORMAT);
        }
        try {
            if (LocalDate.parse(number.substring(6, 14), BIRTH).isBefore(EARLIEST_BIRTH)) {
                return Optional.of(Problem.BIRTH_DATE);
            }
        } catch (DateTimeParseException e) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return number.charAt(17) == checkCharacter(number.substring(0, 17)) ? Optional.empty()
                : Optional.of(Problem.CHECKSUM);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("need the first 17 digits of an ID number");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The first 17 digits with their check character appended. */
    public static String withCheckDigit(String first17) {
        return first17 + checkCharacter(first17);
    }

    /**
     * The number for display: the first four (province and prefecture) and last four characters, the birth date and
     * everything else starred — {@code 5301**********123X}.
     */
    public static String mask(String number) {
        if (number == null || number.length() != 18) {
            throw new IllegalArgumentException("need an 18-character ID number");
        }
        return number.substring(0, 4) + "*".repeat(10) + number.substring(14);
    }
}
