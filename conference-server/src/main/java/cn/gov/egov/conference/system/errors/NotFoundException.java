package cn.gov.egov.conference.system.errors;

/** The addressed thing does not exist (or is not visible to the caller). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
