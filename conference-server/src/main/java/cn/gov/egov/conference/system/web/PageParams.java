package cn.gov.egov.conference.system.web;

import java.util.List;

import cn.gov.egov.conference.system.errors.InvalidInputException;

/** Paging limits shared by every list endpoint. */
public final class PageParams {

    public static final int MAX_SIZE = 200;

    private PageParams() {
    }

    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "page.range",
                    "page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
    }

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
