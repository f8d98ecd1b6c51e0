package cn.gov.egov.launcher;

/** Something stops the embedded platform from starting; the message is shown to the user as it is. */
public class LauncherException extends RuntimeException {
    public LauncherException(String message) {
        super(message);
    }
}
