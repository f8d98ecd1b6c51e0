package cn.gov.egov.portal.learning.course;

import java.util.List;

/** Which courses a query may see at all, before filters. */
public sealed interface CatalogScope {

    /** A learner's catalog: published courses owned by these regions (their own and its ancestors). */
    record Published(List<String> regionCodes) implements CatalogScope {
        public Published {
            regionCodes = List.copyOf(regionCodes);
        }
    }

    /** An administrator's list: every course owned by the region subtree with this code prefix. */
    record Managed(String subtreePrefix) implements CatalogScope {
    }
}
