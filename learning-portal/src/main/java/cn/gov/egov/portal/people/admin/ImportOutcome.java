package cn.gov.egov.portal.people.admin;

import java.nio.file.Path;
import java.util.List;

import cn.gov.egov.portal.people.RowError;

/** The result of a roster import: every row written, or nothing written and an error report to download. */
public sealed interface ImportOutcome {

    /** One new account and its initial password, for the administrator's one-time download. */
    record Credential(String username, String displayName, String password) {
    }

    /**
     * @param people      accounts created
     * @param units       departments created
     * @param credentials the initial passwords, held only until the administrator downloads them
     */
    record Imported(int people, int units, List<Credential> credentials) implements ImportOutcome {
    }

    /**
     * Nothing was written.
     *
     * @param report a temporary .xlsx (the roster back with problem cells marked); the receiver deletes it
     */
    record Rejected(int rows, int rowsWithErrors, List<RowError> errors, String summary, Path report)
            implements ImportOutcome {
    }
}
