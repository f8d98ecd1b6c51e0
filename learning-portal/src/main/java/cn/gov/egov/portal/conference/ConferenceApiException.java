package cn.gov.egov.portal.conference;

/** conference-server refused a call with a problem the user can act on (invalid input, conflict, forbidden …). */
public class ConferenceApiException extends ConferenceServerException {

    private final transient ApiProblem problem;

    public ConferenceApiException(ApiProblem problem) {
        super("conference-server refused: " + problem.status() + " " + problem.code() + " " + problem.detail(), null);
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
