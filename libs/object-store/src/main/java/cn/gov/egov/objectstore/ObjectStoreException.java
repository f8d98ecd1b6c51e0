package cn.gov.egov.objectstore;

/** Any failure talking to the object store, with the operation and key it concerned. */
public class ObjectStoreException extends RuntimeException {

    private final boolean unreachable;

    public ObjectStoreException(String message, Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when the store could not be reached at all (network, DNS, refused), as opposed to an S3 error reply. */
    public boolean unreachable() {
        return unreachable;
    }
}
