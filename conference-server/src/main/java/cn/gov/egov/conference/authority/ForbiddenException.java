package cn.gov.egov.conference.authority;

/** The actor has no authority for this action on this region (分级管理). */
public class ForbiddenException extends RuntimeException {

    private final String targetRegion;

    public ForbiddenException(String message, String targetRegion) {
        super(message);
        this.targetRegion = targetRegion;
    }

    public String targetRegion() {
        return targetRegion;
    }
}
