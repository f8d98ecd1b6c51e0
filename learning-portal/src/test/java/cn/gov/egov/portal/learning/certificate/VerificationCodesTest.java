package cn.gov.egov.portal.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Random, unambiguous 16-character codes; strict canonical form; lenient reading of what people type. */
class VerificationCodesTest {

    @Test
    void theAlphabetHas32DistinctUnambiguousCharacters() {
        assertThat(VerificationCodes.ALPHABET).hasSize(VerificationCodes.ALPHABET_SIZE);
        assertThat(VerificationCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(VerificationCodes.ALPHABET).doesNotContain("0", "O", "1", "I").matches("[2-9A-Z]+");
    }

    @Test
    void codesAre16CharactersOfTheAlphabet() {
        VerificationCodes codes = new VerificationCodes();
        for (int i = 0; i < 1_000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(16).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{16}");
            assertThat(VerificationCodes.isWellFormed(code)).isTrue();
        }
    }

    @Test
    void aHundredThousandCodesAreAllDifferent() {
        VerificationCodes codes = new VerificationCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(codes.next())).isTrue();
        }
    }

    @Test
    void theInjectedGeneratorDecides() {
        List<String> a = Stream.generate(new VerificationCodes(new SplittableRandom(42))::next).limit(5).toList();
        List<String> b = Stream.generate(new VerificationCodes(new SplittableRandom(42))::next).limit(5).toList();
        List<String> c = Stream.generate(new VerificationCodes(new SplittableRandom(43))::next).limit(5).toList();
        assertThat(a).isEqualTo(b).doesNotContainAnyElementsOf(c);
    }

    @Test
    void everyCharacterIsEquallyLikely() {
        VerificationCodes codes = new VerificationCodes(new SplittableRandom(7));
        int[] counts = new int[128];
        int total = 0;
        for (int i = 0; i < 20_000; i++) {
            for (char ch : codes.next().toCharArray()) {
                counts[ch]++;
                total++;
            }
        }
        double expected = (double) total / 32;
        for (char ch : VerificationCodes.ALPHABET.toCharArray()) {
            assertThat(counts[ch]).as("count of %s", ch).isBetween((int) (expected * 0.95), (int) (expected * 1.05));
        }
    }

    @Test
    void onlyTheCanonicalFormIsWellFormed() {
        assertThat(VerificationCodes.isWellFormed("7KQ2XH9MWR4TBN3P")).isTrue();
        assertThat(VerificationCodes.isWellFormed(null)).isFalse();
        assertThat(VerificationCodes.isWellFormed("7KQ2XH9MWR4TBN3")).isFalse();
        assertThat(VerificationCodes.isWellFormed("7KQ2XH9MWR4TBN3PQ")).isFalse();
        assertThat(VerificationCodes.isWellFormed("7kq2xh9mwr4tbn3p")).isFalse();
        assertThat(VerificationCodes.isWellFormed("7KQ2-XH9M-WR4T-BN3P")).isFalse();
        assertThat(VerificationCodes.isWellFormed("OKQ2XH9MWR4TBN3P")).isFalse();
        assertThat(VerificationCodes.isWellFormed("0KQ2XH9MWR4TBN3P")).isFalse();
        assertThat(VerificationCodes.isWellFormed("1KQ2XH9MWR4TBN3P")).isFalse();
        assertThat(VerificationCodes.isWellFormed("IKQ2XH9MWR4TBN3P")).isFalse();
        assertThat(VerificationCodes.isWellFormed("张KQ2XH9MWR4TBN3P")).isFalse();
    }

    @Test
    void parseAcceptsWhatPeopleTypeAndNothingElse() {
        assertThat(VerificationCodes.parse("7kq2-xh9m wr4t-BN3P")).contains("7KQ2XH9MWR4TBN3P");
        assertThat(VerificationCodes.parse("7KQ2XH9MWR4TBN3P")).contains("7KQ2XH9MWR4TBN3P");
        assertThat(VerificationCodes.parse("7KQ2_XH9M_WR4T_BN3P")).isEmpty();
        assertThat(VerificationCodes.parse("7KQ2XH9MWR4TBN3P<script>")).isEmpty();
        assertThat(VerificationCodes.parse("7KQ2XH9MWR4TBN3")).isEmpty();
        assertThat(VerificationCodes.parse(null)).isEmpty();
        assertThat(VerificationCodes.parse("-".repeat(100) + "7KQ2XH9MWR4TBN3P")).isEmpty();
    }

    @Test
    void printedInGroupsOfFour() {
        assertThat(VerificationCodes.grouped("7KQ2XH9MWR4TBN3P")).isEqualTo("7KQ2-XH9M-WR4T-BN3P");
        assertThat(VerificationCodes.parse(VerificationCodes.grouped("7KQ2XH9MWR4TBN3P"))).contains("7KQ2XH9MWR4TBN3P");
        assertThatThrownBy(() -> VerificationCodes.grouped("short"))
                .isInstanceOf(CertificateException.class)
                .extracting(e -> ((CertificateException) e).code()).isEqualTo("certificate.code-malformed");
    }

    @Test
    void theVerificationUrlIsTheBasePlusVerifyAndTheCode() {
        assertThat(VerificationCodes.verificationUrl(URI.create("https://peixun.example.gov.cn"), "7KQ2XH9MWR4TBN3P"))
                .isEqualTo(URI.create("https://peixun.example.gov.cn/verify/7KQ2XH9MWR4TBN3P"));
        assertThat(VerificationCodes.verificationUrl(URI.create("https://example.gov.cn/portal/"), "7KQ2XH9MWR4TBN3P"))
                .isEqualTo(URI.create("https://example.gov.cn/portal/verify/7KQ2XH9MWR4TBN3P"));
        assertThat(VerificationCodes.verificationUrl(URI.create("http://127.0.0.1:8080"), "7KQ2XH9MWR4TBN3P"))
                .hasToString("http://127.0.0.1:8080/verify/7KQ2XH9MWR4TBN3P");
    }

    @Test
    void theVerificationUrlNeedsAnAbsoluteHttpBaseAndAWellFormedCode() {
        for (String base : List.of("/portal", "ftp://example.gov.cn", "javascript:alert(1)",
                "https://example.gov.cn/?next=x", "https://example.gov.cn/#top")) {
            assertThatThrownBy(() -> VerificationCodes.verificationUrl(URI.create(base), "7KQ2XH9MWR4TBN3P"))
                    .as(base).isInstanceOf(CertificateException.class).hasMessageContaining("核验地址");
        }
        assertThatThrownBy(() -> VerificationCodes.verificationUrl(URI.create("https://example.gov.cn"), "../admin"))
                .isInstanceOf(CertificateException.class).hasMessageContaining("验证码格式不正确");
    }
}
