package org.tocsin.notification.cap;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The OASIS CAP 1.2 schema (src/test/resources/cap/CAP-v1.2.xsd, unchanged) and a validator over it. */
final class CapSchema {

    private static final Schema SCHEMA;

    static {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            SCHEMA = f.newSchema(CapSchema.class.getResource("/cap/CAP-v1.2.xsd"));
        } catch (SAXException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CapSchema() {}

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Fails with the validator's message when the element is not a valid CAP 1.2 alert. */
    static void validate(Element alert) {
        try {
            SCHEMA.newValidator().validate(new DOMSource(alert));
        } catch (Exception e) {
            throw new AssertionError("invalid CAP 1.2: " + e.getMessage(), e);
        }
    }

    static Element validAlert(String xml) {
        Element root = parse(xml).getDocumentElement();
        validate(root);
        return root;
    }

    /** Every {@code <cap:alert>} in a document (a feed's entries). */
    static List<Element> alerts(Document d) {
        NodeList nodes = d.getElementsByTagNameNS(CapRenderer.CAP_NS, "alert");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    static String text(Element e, String name) {
        NodeList n = e.getElementsByTagNameNS(CapRenderer.CAP_NS, name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    /** The value of a {@code <parameter>} by its valueName. */
    static String parameter(Element alert, String name) {
        NodeList ps = alert.getElementsByTagNameNS(CapRenderer.CAP_NS, "parameter");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (name.equals(text(p, "valueName"))) return text(p, "value");
        }
        return null;
    }
}
