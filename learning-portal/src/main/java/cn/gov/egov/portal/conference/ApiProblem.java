package cn.gov.egov.portal.conference;

import java.util.List;
import java.util.Map;

/**
 * An RFC 7807 problem answered by conference-server: a stable {@code code}, field errors for invalid input, and
 * the conflicting booking for a 409.
 */
public record ApiProblem(int status, String code, String detail, List<FieldError> errors, Map<String, Object> conflict) {

    /** One broken rule of a field; {@code code} is translated for the user. */
    public record FieldError(String field, String code, String message) {
    }

    public List<FieldError> errors() {
        return errors == null ? List.of() : errors;
    }
}
