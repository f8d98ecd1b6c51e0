package cn.gov.egov.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import cn.gov.egov.platform.startup.DatabaseUnreachableFailureAnalyzer;

class DatabaseUnreachableFailureAnalyzerTest {

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/egov"));

    @Test
    void refusedConnectionNamesUrlAndSettings() {
        var failure = new IllegalStateException("Failed to initialize flyway",
                new SQLException("Connection to db.example:5432 refused.", "08001", new ConnectException("refused")));
        var analysis = analyzer.analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("jdbc:postgresql://db.example:5432/egov", "refused");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void wrongPasswordIsAlsoAConnectionProblem() {
        var failure = new RuntimeException(new SQLException("password authentication failed", "28P01"));
        assertThat(analyzer.analyze(failure)).isNotNull();
    }

    @Test
    void unrelatedFailuresAreLeftToOthers() {
        assertThat(analyzer.analyze(new IllegalStateException("bean wiring"))).isNull();
        assertThat(analyzer.analyze(new RuntimeException(new SQLException("syntax error", "42601")))).isNull();
        assertThat(analyzer.analyze(new RuntimeException("object store", new ConnectException("refused")))).isNull();
    }
}
