package cn.gov.egov.platform.secrets;

import java.util.List;

/** Start-up refused: a secret is unset or still a default. */
public class InsecureConfigurationException extends RuntimeException {

    private final List<String> problems;

    public InsecureConfigurationException(List<String> problems) {
        super("Refusing to start with insecure configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
