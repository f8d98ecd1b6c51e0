package cn.gov.egov.portal.people.admin;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of people and organisation administration.
 *
 * @param idNumberKey   the HMAC key for 身份证号 hashes (≥ 32 bytes, kept outside the database and never changed,
 *                      or hashes stop matching); production must set it (it is a required secret)
 * @param maxUploadSize the largest roster file accepted
 * @param maxRows       the most data rows in one roster
 * @param batchSize     rows per JDBC batch when an import writes
 */
@ConfigurationProperties("portal.people")
public record PeopleProperties(
        @DefaultValue("dev-people-id-number-key-for-development-only") String idNumberKey,
        @DefaultValue("30MB") DataSize maxUploadSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("2000") int batchSize) {

    public PeopleProperties {
        if (idNumberKey == null || idNumberKey.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("portal.people.id-number-key must be at least 32 bytes");
        }
        if (batchSize < 1 || maxRows < 1) {
            throw new IllegalArgumentException("portal.people.batch-size and max-rows must be positive");
        }
    }
}
