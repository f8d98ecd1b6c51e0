package cn.gov.egov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.notification.sms.MobileNumbers;

/** SMS goes to mainland mobile numbers only, written any usual way. */
class MobileNumbersTest {

    @Test
    void mobileNumbersAreNormalisedAndLandlinesRefused() {
        assertThat(MobileNumbers.normalize("138 0013 8000")).isEqualTo("13800138000");
        assertThat(MobileNumbers.normalize("+86 139-0000-1111")).isEqualTo("13900001111");
        assertThat(MobileNumbers.normalize("008615012345678")).isEqualTo("15012345678");
        assertThat(MobileNumbers.normalize("0871-12345678")).isNull();
        assertThat(MobileNumbers.normalize("12345678901")).isNull();
        assertThat(MobileNumbers.normalize(null)).isNull();
    }
}
