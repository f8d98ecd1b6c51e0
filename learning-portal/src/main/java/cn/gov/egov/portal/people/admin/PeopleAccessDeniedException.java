package cn.gov.egov.portal.people.admin;

/** An administrator acted on a unit or person outside their region subtree, or without the role. Audited. */
public class PeopleAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PeopleAccessDeniedException(String message) {
        super(message);
    }
}
