package cn.gov.egov.portal.learning.exam.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed XML element: name, attributes, child elements, its own character data (CDATA included) and the line
 * where it starts.
 */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text, int line) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    String attribute(String attribute, String fallback) {
        return attributes.getOrDefault(attribute, fallback);
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The element at a slash-separated path below this one, e.g. {@code name/text}. */
    Optional<XmlElement> at(String path) {
        Optional<XmlElement> current = Optional.of(this);
        for (String step : path.split("/")) {
            current = current.flatMap(e -> e.child(step));
        }
        return current;
    }

    /** The trimmed text at {@code path}, or {@code fallback} when the element is missing. */
    String textAt(String path, String fallback) {
        return at(path).map(e -> e.text.strip()).orElse(fallback);
    }
}
