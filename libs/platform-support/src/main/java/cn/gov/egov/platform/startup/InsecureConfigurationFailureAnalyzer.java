package cn.gov.egov.platform.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import cn.gov.egov.platform.secrets.InsecureConfigurationException;

/** One clear message instead of a stack trace when production secrets are unfit. */
public class InsecureConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InsecureConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureConfigurationException cause) {
        return new FailureAnalysis(
                "Insecure configuration / 配置不安全: " + String.join("; ", cause.problems()),
                "Set each named setting to a strong random value through the environment "
                        + "(e.g. platform.service-auth.secret as PLATFORM_SERVICE_AUTH_SECRET).",
                cause);
    }
}
