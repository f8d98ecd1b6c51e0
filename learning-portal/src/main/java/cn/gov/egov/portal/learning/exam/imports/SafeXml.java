package cn.gov.egov.portal.learning.exam.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML into {@link XmlElement}s with the JDK's own SAX parser, locked down: no DOCTYPE at all (so no
 * DTD, no entity declarations: no XXE, no "billion laughs"), no external entities or schemas, no XInclude, secure
 * processing on, and bounds on depth and element count checked while parsing. Errors carry line and column.
 */
final class SafeXml {

    private SafeXml() {
    }

    static XmlElement parse(byte[] xml, ImportLimits limits) {
        refuseDoctype(xml);
        Handler handler = new Handler(limits);
        try {
            XMLReader reader = parser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (handler.failure != null) {
                throw handler.failure;
            }
            if (e instanceof SAXParseException p) {
                throw new ImportException("xml-malformed", "XML 格式错误（第 " + p.getLineNumber() + " 行第 "
                        + p.getColumnNumber() + " 列）：" + p.getMessage(), p.getLineNumber(), p.getColumnNumber());
            }
            throw new ImportException("xml-malformed", "XML 格式错误：" + e.getMessage());
        } catch (IOException e) {
            throw new ImportException("xml-unreadable", "无法读取 XML 文件：" + e.getMessage());
        }
        return handler.root;
    }

    private static SAXParser parser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a required security feature", e);
        }
    }

    /**
     * A DOCTYPE in the prolog is refused with its own code before parsing (the parser refuses it too, but its message
     * depends on the JVM's locale). Scans the bytes as ASCII up to the root element.
     */
    private static void refuseDoctype(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        int at = 0;
        while ((at = head.indexOf('<', at)) >= 0 && at + 1 < head.length()) {
            if (head.startsWith("<!DOCTYPE", at)) {
                int line = 1 + (int) head.substring(0, at).chars().filter(c -> c == '\n').count();
                throw new ImportException("xml-doctype-forbidden",
                        "文件含有 DOCTYPE 声明，出于安全原因（防范 XXE 外部实体攻击）拒绝导入", line, 1);
            }
            char next = head.charAt(at + 1);
            if (next != '?' && next != '!') {
                return;   // the root element: no DOCTYPE may follow
            }
            at++;
        }
    }

    /** Builds the tree, counting elements and depth. */
    private static final class Handler extends DefaultHandler {

        private final ImportLimits limits;
        private final Deque<Builder> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;
        private int elements;
        private ImportException failure;

        Handler(ImportLimits limits) {
            this.limits = limits;
        }

        @Override
        public void setDocumentLocator(Locator value) {
            this.locator = value;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
            int line = locator == null ? 0 : locator.getLineNumber();
            if (++elements > limits.maxElements()) {
                fail(new ImportException("xml-too-large", "XML 元素超过 " + limits.maxElements() + " 个的上限", line, 0));
            }
            if (open.size() >= limits.maxDepth()) {
                fail(new ImportException("xml-too-deep", "XML 嵌套超过 " + limits.maxDepth() + " 层的上限", line, 0));
            }
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                attributes.put(attrs.getQName(i), attrs.getValue(i));
            }
            open.push(new Builder(qName, attributes, line));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Builder done = open.pop();
            XmlElement element = new XmlElement(done.name, done.attributes, done.children, done.text.toString(),
                    done.line);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        private void fail(ImportException e) throws SAXException {
            failure = e;
            throw new SAXException(e.getMessage());
        }
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }
    }
}
