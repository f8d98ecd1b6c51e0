package cn.gov.egov.portal.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link MediaUploadException} ("too-large") once more than {@code max} bytes were read. */
public final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private long count;

    public LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > max) {
            throw new MediaUploadException("too-large", "the upload is larger than " + max + " bytes");
        }
    }
}
