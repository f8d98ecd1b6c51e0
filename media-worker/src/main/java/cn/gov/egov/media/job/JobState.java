package cn.gov.egov.media.job;

/** Where a transcode job is; SUCCEEDED, FAILED and CANCELLED are final. */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
