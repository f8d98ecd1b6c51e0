package cn.gov.egov.portal.learning.exam.bank;

import java.util.List;
import java.util.Optional;

/**
 * One category of the bank's tree.
 *
 * @param path           its path ({@link CategoryPath#ROOT} for the tree's root)
 * @param ownQuestions   questions directly in it
 * @param totalQuestions questions in it and all its subcategories
 * @param children       subcategories, by name
 */
public record CategoryNode(CategoryPath path, int ownQuestions, int totalQuestions, List<CategoryNode> children) {

    public CategoryNode {
        children = List.copyOf(children);
    }

    public String name() {
        return path.name();
    }

    /** The node at {@code target}, searching this subtree. */
    public Optional<CategoryNode> find(CategoryPath target) {
        if (path.equals(target)) {
            return Optional.of(this);
        }
        if (!target.isWithin(path)) {
            return Optional.empty();
        }
        for (CategoryNode child : children) {
            Optional<CategoryNode> found = child.find(target);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
