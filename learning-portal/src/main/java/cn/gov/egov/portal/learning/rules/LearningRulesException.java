package cn.gov.egov.portal.learning.rules;

import java.util.List;

import cn.gov.egov.portal.learning.LearningException;

/**
 * A refused change on the 学时规则 screen: bad input (nothing stored) or a region outside the administrator's
 * subtree ({@code forbidden}, audited). {@link #args()} fill the translation {@code rules.error.<code>}.
 */
public class LearningRulesException extends LearningException {

    private static final long serialVersionUID = 1L;

    private final List<String> args;

    public LearningRulesException(String code, String message, Object... args) {
        super(code, message);
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public Object[] args() {
        return args.toArray();
    }
}
