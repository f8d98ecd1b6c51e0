package cn.gov.egov.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643 structure and check character, masking, keyed hashing. */
class IdNumbersTest {

    private static final byte[] KEY = "test-key-test-key-test-key-test-key!".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "11010519491231002X, ",          // the standard's own example
            "110105194912310021, CHECKSUM",  // same digits, wrong check character
            "530102199001011235, CHECKSUM",
            "53010219900101123,  FORMAT",
            "5301021990010112345, FORMAT",
            "53010219900101123Y, FORMAT",
            "530102900101123,    FIFTEEN_DIGITS",
            "530102199002301230, BIRTH_DATE", // 30 February
            "440524188001010014, BIRTH_DATE"  // 1880: before 1900
    })
    void structureBirthDateAndCheckCharacter(String number, IdNumbers.Problem problem) {
        if (problem == null) {
            assertThat(IdNumbers.check(number)).isEmpty();
        } else {
            assertThat(IdNumbers.check(number)).contains(problem);
        }
    }

    @Test
    void checkCharacterFollowsIso7064Mod11_2() {
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        String valid = IdNumbers.withCheckDigit("53010219900101123");
        assertThat(IdNumbers.check(valid)).isEmpty();
        // every other last character is refused
        for (char c : "0123456789X".toCharArray()) {
            String other = valid.substring(0, 17) + c;
            assertThat(IdNumbers.check(other).isEmpty()).isEqualTo(c == valid.charAt(17));
        }
        // a swap of two neighbouring digits is caught
        String swapped = "53010219900110123";
        assertThat(IdNumbers.check(swapped + valid.charAt(17))).contains(IdNumbers.Problem.CHECKSUM);
    }

    @Test
    void normalisingAcceptsLowerCaseXAndSpaces() {
        assertThat(IdNumbers.normalise(" 110105 19491231 002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void maskKeepsFourAndFour() {
        assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void protectedNumberIsMaskedAndKeyedHashed() {
        IdNumberHasher hasher = new IdNumberHasher(KEY);
        ProtectedIdNumber id = hasher.protect("11010519491231002x");
        assertThat(id.masked()).isEqualTo("1101**********002X");
        assertThat(id.hash()).hasSize(64).isEqualTo(hasher.protect("11010519491231002X").hash());
        assertThat(id.toString()).isEqualTo("1101**********002X").doesNotContain("19491231");
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        assertThat(new IdNumberHasher(otherKey).protect("11010519491231002X").hash()).isNotEqualTo(id.hash());
    }

    @Test
    void shortKeysAndBadNumbersAreRefused() {
        assertThatThrownBy(() -> new IdNumberHasher(new byte[31])).hasMessageContaining("32 bytes");
        IdNumberHasher hasher = new IdNumberHasher(KEY);
        assertThatThrownBy(() -> hasher.protect("110105194912310021")).isInstanceOf(PeopleException.class);
    }
}
