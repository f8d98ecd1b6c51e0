package cn.gov.egov.media.transcode;

/** Transcode listeners for tests. */
final class Listeners {

    static final HlsTranscoder.Listener NONE = new HlsTranscoder.Listener() {
        @Override
        public void progress(long positionMillis) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    private Listeners() {
    }
}
