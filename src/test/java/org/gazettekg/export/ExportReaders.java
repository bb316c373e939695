package org.gazettekg.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Independent readers for the exports: the JDK's XML Schema validator and DOM parser. */
final class ExportReaders {

    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String GEXF_NS = "http://www.gexf.net/1.2draft";

    private static final Schema GRAPHML = schema("/xsd/graphml/graphml.xsd");
    private static final Schema GEXF = schema("/xsd/gexf/gexf.xsd");

    private ExportReaders() {
    }

    private static Schema schema(String resource) {
        URL url = ExportReaders.class.getResource(resource);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Imports resolve next to the schema, from the test classpath: never from the network.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load schema " + resource, e);
        }
    }

    /** Validates GraphML against the GraphML 1.0 schema; throws SAXException naming the first error. */
    static void validateGraphml(byte[] xml) throws SAXException {
        validate(GRAPHML, xml);
    }

    /** Validates GEXF against the GEXF 1.2draft schema; throws SAXException naming the first error. */
    static void validateGexf(byte[] xml) throws SAXException {
        validate(GEXF, xml);
    }

    private static void validate(Schema schema, byte[] xml) throws SAXException {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** GraphML {@code <key>}s for {@code domain} (node or edge): attr.name → attr.type. */
    static Map<String, String> graphmlKeyTypes(Document doc, String domain) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Element k : elements(doc, GRAPHML_NS, "key")) {
            if (domain.equals(k.getAttribute("for"))) {
                types.put(k.getAttribute("attr.name"), k.getAttribute("attr.type"));
            }
        }
        return types;
    }

    /** GEXF {@code <attribute>}s of class {@code domain}: title → type. */
    static Map<String, String> gexfAttributeTypes(Document doc, String domain) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Element a : elements(doc, GEXF_NS, "attributes")) {
            if (domain.equals(a.getAttribute("class"))) {
                NodeList list = a.getElementsByTagNameNS(GEXF_NS, "attribute");
                for (int i = 0; i < list.getLength(); i++) {
                    Element e = (Element) list.item(i);
                    types.put(e.getAttribute("title"), e.getAttribute("type"));
                }
            }
        }
        return types;
    }

    static byte[] export(Exporter exporter, ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(request, out);
        return out.toByteArray();
    }

    static StringReader reader(byte[] bytes) {
        return new StringReader(new String(bytes, StandardCharsets.UTF_8));
    }
}
