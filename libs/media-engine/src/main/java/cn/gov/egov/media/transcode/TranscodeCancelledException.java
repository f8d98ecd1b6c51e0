package cn.gov.egov.media.transcode;

/** The transcode was stopped because its job was cancelled. */
public class TranscodeCancelledException extends RuntimeException {

    public TranscodeCancelledException() {
        super("cancelled");
    }
}
