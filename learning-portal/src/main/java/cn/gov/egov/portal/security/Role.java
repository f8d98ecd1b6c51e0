package cn.gov.egov.portal.security;

/** The four portal roles; every user holds one, bound to a region node (分级管理). */
public enum Role {
    LEARNER("role.learner"),
    COURSE_ADMIN("role.course-admin"),
    REGION_ADMIN("role.region-admin"),
    SYSTEM_ADMIN("role.system-admin");

    private final String messageKey;

    Role(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Key of the role's display name in the translations. */
    public String messageKey() {
        return messageKey;
    }

    /** Spring Security authority, e.g. {@code ROLE_REGION_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
