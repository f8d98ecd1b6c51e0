package cn.gov.egov.conference.live;

/** A client may not join (or rejoin) now: a code for programs and a Chinese sentence for people. */
public class JoinRefusedException extends RuntimeException {

    private final String code;

    public JoinRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
