package cn.gov.egov.platform.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The service-token secret is missing or too short: say which setting to fix. */
public class MissingServiceSecretFailureAnalyzer extends AbstractFailureAnalyzer<IllegalArgumentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IllegalArgumentException cause) {
        if (cause.getMessage() == null || !cause.getMessage().startsWith("platform.service-auth.secret")) {
            return null;
        }
        return new FailureAnalysis(
                "Service-to-service secret unusable / 服务间密钥无效: " + cause.getMessage(),
                "Set platform.service-auth.secret (env PLATFORM_SERVICE_AUTH_SECRET) to the same random value "
                        + "of 32+ characters in every app.",
                cause);
    }
}
