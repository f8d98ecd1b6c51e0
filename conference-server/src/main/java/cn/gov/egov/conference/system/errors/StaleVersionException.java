package cn.gov.egov.conference.system.errors;

/** An update named a version that is no longer current: someone else changed the thing first. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else (now version " + currentVersion + "); reload and try again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
