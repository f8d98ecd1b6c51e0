package cn.gov.egov.conference.control;

/** Who sees a polling (轮巡): only the main venue, or every client. */
public enum PollingTarget {
    MAIN_VENUE("主会场"),
    ALL("全体会场");

    private final String chinese;

    PollingTarget(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
