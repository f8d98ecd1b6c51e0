package cn.gov.egov.portal.learning.course;

/** Publishing was refused; {@link #first()} says why (code {@code publish-<problem code>}). */
public class PublishRefusedException extends CourseException {

    private static final long serialVersionUID = 1L;

    private final transient PublishRules.Problem first;
    private final int count;

    public PublishRefusedException(PublishRules.Problem first, int count, String message) {
        super("publish-" + first.code(), message);
        this.first = first;
        this.count = count;
    }

    public PublishRules.Problem first() {
        return first;
    }

    public int count() {
        return count;
    }
}
