package cn.gov.egov.portal.learning.exam.bank;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a question sits in the bank's category tree: a path of names from the root, {@code 安全生产/法规}. The empty
 * path is the root. Names are trimmed, non-blank, at most 100 characters and never contain {@code /}; at most 10
 * levels.
 */
public record CategoryPath(List<String> segments) implements Comparable<CategoryPath> {

    public static final CategoryPath ROOT = new CategoryPath(List.of());
    public static final int MAX_DEPTH = 10;
    public static final int MAX_NAME = 100;

    public CategoryPath {
        List<String> clean = new ArrayList<>(segments.size());
        for (String segment : segments) {
            String name = segment == null ? "" : SafeText.singleLine(segment);
            if (name.isEmpty() || name.length() > MAX_NAME || name.indexOf('/') >= 0) {
                throw new ExamException("category-invalid",
                        "分类名称不能为空、不能包含“/”，且不超过 " + MAX_NAME + " 个字符：" + segment);
            }
            clean.add(name);
        }
        if (clean.size() > MAX_DEPTH) {
            throw new ExamException("category-invalid", "分类层级不能超过 " + MAX_DEPTH + " 级");
        }
        segments = List.copyOf(clean);
    }

    public static CategoryPath of(String... segments) {
        return new CategoryPath(List.of(segments));
    }

    /** {@code "a/b/c"}; empty segments (leading, trailing or doubled slashes) are dropped. */
    public static CategoryPath parse(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : (path == null ? "" : path).split("/")) {
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return new CategoryPath(parts);
    }

    public CategoryPath child(String name) {
        List<String> next = new ArrayList<>(segments);
        next.add(name);
        return new CategoryPath(next);
    }

    /** This path followed by {@code sub}'s segments. */
    public CategoryPath resolve(CategoryPath sub) {
        List<String> next = new ArrayList<>(segments);
        next.addAll(sub.segments);
        return new CategoryPath(next);
    }

    public Optional<CategoryPath> parent() {
        return isRoot() ? Optional.empty() : Optional.of(new CategoryPath(segments.subList(0, segments.size() - 1)));
    }

    /** True when this path is {@code ancestor} or lies below it. */
    public boolean isWithin(CategoryPath ancestor) {
        return segments.size() >= ancestor.segments.size()
                && segments.subList(0, ancestor.segments.size()).equals(ancestor.segments);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public int depth() {
        return segments.size();
    }

    /** The last name, or {@code ""} for the root. */
    public String name() {
        return isRoot() ? "" : segments.getLast();
    }

    @Override
    public int compareTo(CategoryPath other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            int c = segments.get(i).compareTo(other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    /** {@code 安全生产/法规}; the root shows as {@code （全部）}. */
    @Override
    public String toString() {
        return isRoot() ? "（全部）" : String.join("/", segments);
    }
}
