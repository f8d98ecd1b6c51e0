package cn.gov.egov.platform.startup;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" (refused, unknown host, bad credentials) into one clear message naming
 * the setting to change, instead of a wall of Flyway and Hikari stack traces.
 */
public class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    public DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        SQLException sql = find(failure, SQLException.class);
        boolean network = find(failure, ConnectException.class) != null
                || find(failure, UnknownHostException.class) != null;
        boolean connectionState = sql != null && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"));
        if (!network && !connectionState) {
            return null;
        }
        if (network && sql == null && !mentionsDatabase(failure)) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url unset)");
        String reason = sql != null ? sql.getMessage() : rootMessage(failure);
        return new FailureAnalysis(
                "Cannot reach PostgreSQL / 无法连接数据库 at " + url + ": " + reason,
                "Check that PostgreSQL runs and set spring.datasource.url, spring.datasource.username and "
                        + "spring.datasource.password (env SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, "
                        + "SPRING_DATASOURCE_PASSWORD).",
                failure);
    }

    private static boolean mentionsDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase();
            if (m.contains("datasource") || m.contains("flyway") || m.contains("jdbc")) {
                return true;
            }
        }
        return false;
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
