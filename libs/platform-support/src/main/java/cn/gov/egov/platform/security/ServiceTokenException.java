package cn.gov.egov.platform.security;

/** A service token was missing, forged, malformed or expired. */
public class ServiceTokenException extends RuntimeException {
    public ServiceTokenException(String message) {
        super(message);
    }
}
