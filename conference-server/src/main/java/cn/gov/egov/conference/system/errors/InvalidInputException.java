package cn.gov.egov.conference.system.errors;

import java.util.List;

/** Input that breaks a domain rule; carries one entry per offending field, all reported at once. */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: the field, a stable code the UI translates, and an English message. */
    public record FieldError(String field, String code, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
