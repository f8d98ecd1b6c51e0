package cn.gov.egov.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every app shares, under {@code platform.*}.
 *
 * @param dataDir    where this app keeps local files (logs, demo credentials); the launcher points all apps at one tree
 * @param serviceAuth how apps authenticate calls to each other
 * @param secrets    which settings are secrets that production must set to a non-default value
 */
@ConfigurationProperties("platform")
public record PlatformProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue ServiceAuth serviceAuth,
        @DefaultValue Secrets secrets) {

    /**
     * @param secret   shared HMAC key for service tokens (env {@code PLATFORM_SERVICE_AUTH_SECRET})
     * @param tokenTtl lifetime of an issued token
     * @param caller   the name this app signs its calls with
     */
    public record ServiceAuth(
            @DefaultValue("") String secret,
            @DefaultValue("PT5M") Duration tokenTtl,
            @DefaultValue("unknown") String caller) {
    }

    /**
     * @param required property names that must hold a real secret when {@code enforce} is on
     * @param enforce  fail start-up if one is blank or a known default (on in the {@code prod} profile)
     */
    public record Secrets(
            @DefaultValue List<String> required,
            @DefaultValue("false") boolean enforce) {
    }
}
