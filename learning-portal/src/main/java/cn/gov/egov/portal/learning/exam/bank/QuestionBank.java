package cn.gov.egov.portal.learning.exam.bank;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable question bank: questions by id (in the order added) and the category tree they sit in. Categories
 * exist when a question sits in them or below them, or when declared with {@link #withCategory} (an empty one).
 */
public final class QuestionBank {

    private static final QuestionBank EMPTY = new QuestionBank(new LinkedHashMap<>(), new TreeSet<>());

    private final Map<String, Question> byId;
    private final SortedSet<CategoryPath> categories;

    private QuestionBank(LinkedHashMap<String, Question> byId, TreeSet<CategoryPath> categories) {
        this.byId = Collections.unmodifiableMap(byId);
        this.categories = Collections.unmodifiableSortedSet(categories);
    }

    public static QuestionBank empty() {
        return EMPTY;
    }

    public static QuestionBank of(Collection<Question> questions) {
        return EMPTY.with(questions);
    }

    /** A new bank with {@code more} added. An id already in the bank (or twice in {@code more}) is refused. */
    public QuestionBank with(Collection<Question> more) {
        LinkedHashMap<String, Question> next = new LinkedHashMap<>(byId);
        TreeSet<CategoryPath> cats = new TreeSet<>(categories);
        for (Question q : more) {
            if (next.putIfAbsent(q.id(), q) != null) {
                throw new ExamException("duplicate-question-id", "题库中已有编号为 " + q.id() + " 的试题");
            }
            addWithAncestors(cats, q.category());
        }
        return new QuestionBank(next, cats);
    }

    /** A new bank that also has the (possibly empty) category {@code path} and its ancestors. */
    public QuestionBank withCategory(CategoryPath path) {
        TreeSet<CategoryPath> cats = new TreeSet<>(categories);
        addWithAncestors(cats, path);
        return new QuestionBank(new LinkedHashMap<>(byId), cats);
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** @throws ExamException {@code question-not-found} */
    public Question require(String id) {
        return find(id).orElseThrow(() -> new ExamException("question-not-found", "题库中没有编号为 " + id + " 的试题"));
    }

    public List<Question> questions() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    public boolean hasCategory(CategoryPath path) {
        return path.isRoot() || categories.contains(path);
    }

    /** All categories (without the root), in path order. */
    public List<CategoryPath> categories() {
        return List.copyOf(categories);
    }

    /** Questions in {@code category} (and its subcategories when asked), in the order added. */
    public List<Question> in(CategoryPath category, boolean includeSubcategories) {
        return in(category, includeSubcategories, null);
    }

    /** As {@link #in(CategoryPath, boolean)}, only of {@code type} unless it is null. */
    public List<Question> in(CategoryPath category, boolean includeSubcategories, QuestionType type) {
        List<Question> found = new ArrayList<>();
        for (Question q : byId.values()) {
            boolean place = includeSubcategories ? q.category().isWithin(category) : q.category().equals(category);
            if (place && (type == null || q.type() == type)) {
                found.add(q);
            }
        }
        return found;
    }

    /** The category tree from the root, with question counts. */
    public CategoryNode tree() {
        return node(CategoryPath.ROOT);
    }

    private CategoryNode node(CategoryPath path) {
        List<CategoryNode> children = new ArrayList<>();
        for (CategoryPath c : categories) {
            if (c.depth() == path.depth() + 1 && c.isWithin(path)) {
                children.add(node(c));
            }
        }
        int own = (int) byId.values().stream().filter(q -> q.category().equals(path)).count();
        int total = own + children.stream().mapToInt(CategoryNode::totalQuestions).sum();
        return new CategoryNode(path, own, total, children);
    }

    private static void addWithAncestors(TreeSet<CategoryPath> cats, CategoryPath path) {
        for (CategoryPath p = path; !p.isRoot(); p = p.parent().orElseThrow()) {
            if (!cats.add(p)) {
                break;
            }
        }
    }
}
