package cn.gov.egov.platform.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Decides whether configured secrets are fit for production: set, not a well-known default, not a dev value.
 * Plain Java; {@link SecretsGuardConfiguration} runs it at start-up when {@code platform.secrets.enforce} is on.
 */
public final class SecretsGuard {

    private static final Set<String> KNOWN_DEFAULTS = Set.of(
            "changeme", "change-me", "secret", "password", "admin", "minioadmin", "postgres", "test", "dev");
    private static final int MIN_LENGTH = 12;

    private SecretsGuard() {
    }

    /**
     * Returns one problem per unfit secret, naming the setting; empty when all are fit.
     *
     * @param required property names that must hold secrets
     * @param lookup   resolves a property name to its value (null when unset)
     */
    public static List<String> problems(List<String> required, UnaryOperator<String> lookup) {
        List<String> problems = new ArrayList<>();
        for (String name : required) {
            String value = lookup.apply(name);
            if (value == null || value.isBlank()) {
                problems.add(name + " is not set");
            } else if (isDefault(value)) {
                problems.add(name + " still has a default or development value");
            } else if (value.length() < MIN_LENGTH) {
                problems.add(name + " is shorter than " + MIN_LENGTH + " characters");
            }
        }
        return problems;
    }

    private static boolean isDefault(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return KNOWN_DEFAULTS.contains(v) || v.startsWith("dev-") || v.startsWith("insecure");
    }
}
