package cn.gov.egov.bench.session;

/** The pages whose sessions are measured. */
enum PageKind {
    /** A bare Vaadin page with a two-row Grid, {@code /bench/reference} (only with portal.bench.reference-route). */
    REFERENCE("reference", "bare page with a two-row Grid (reference)"),
    /** The learner's home page {@code /}. */
    HOME("home", "learner home page"),
    /** The course page {@code /courses/{id}} of the seeded required course with its lessons. */
    COURSE("course", "course page with lessons");

    final String id;
    final String label;

    PageKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    static PageKind parse(String id) {
        for (PageKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown page " + id + " (reference, home, course)");
    }
}
