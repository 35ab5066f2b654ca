package org.tocsin.notification.cap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes CAP 1.2 XML: one {@code <alert>} document, or an Atom feed whose entries each carry one
 * {@code <alert>} inline (the usual way CAP is syndicated). Pure: no I/O beyond the returned text.
 * Text is made safe for XML 1.0 (characters it cannot carry become U+FFFD), so whatever a signal said
 * cannot break the document.
 */
public final class CapRenderer {

    public static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";
    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    public static final String CAP_MEDIA_TYPE = "application/cap+xml";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** An entry of the feed: the message and where it can be fetched on its own. */
    public record Entry(CapMessage message, String href) {}

    /**
     * @param id      the feed's permanent IRI
     * @param self    the feed's own URL
     * @param updated when the newest entry changed (or now, for an empty feed)
     */
    public record Feed(String id, String title, String author, String self, Instant updated, List<Entry> entries) {
        public Feed {
            entries = List.copyOf(entries);
        }
    }

    public String alert(CapMessage m) {
        return write(w -> {
            w.writeStartDocument("UTF-8", "1.0");
            writeAlert(w, m);
            w.writeEndDocument();
        });
    }

    public String feed(Feed feed) {
        return write(w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("", "feed", ATOM_NS);
            w.writeDefaultNamespace(ATOM_NS);
            text(w, ATOM_NS, "id", feed.id());
            text(w, ATOM_NS, "title", feed.title());
            text(w, ATOM_NS, "updated", atomTime(feed.updated()));
            w.writeStartElement("", "author", ATOM_NS);
            text(w, ATOM_NS, "name", feed.author());
            w.writeEndElement();
            link(w, "self", "application/atom+xml", feed.self());
            for (Entry e : feed.entries()) {
                CapMessage m = e.message();
                w.writeStartElement("", "entry", ATOM_NS);
                text(w, ATOM_NS, "id", "urn:tocsin:cap:" + m.sender() + ":" + m.identifier());
                text(w, ATOM_NS, "title", m.info().headline() == null ? m.info().event() : m.info().headline());
                text(w, ATOM_NS, "updated", atomTime(m.sent()));
                link(w, "alternate", CAP_MEDIA_TYPE, e.href());
                w.writeStartElement("", "content", ATOM_NS);
                w.writeAttribute("type", CAP_MEDIA_TYPE);
                writeAlert(w, m);
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
        });
    }

    private static void writeAlert(XMLStreamWriter w, CapMessage m) throws XMLStreamException {
        // explicit empty prefixes: the alert's default namespace is declared on it, inside Atom's
        w.writeStartElement("", "alert", CAP_NS);
        w.writeDefaultNamespace(CAP_NS);
        // the order of elements is the schema's sequence
        text(w, CAP_NS, "identifier", m.identifier());
        text(w, CAP_NS, "sender", m.sender());
        text(w, CAP_NS, "sent", CapMapping.capTime(m.sent()));
        text(w, CAP_NS, "status", m.status().name());
        text(w, CAP_NS, "msgType", m.msgType().name());
        text(w, CAP_NS, "scope", m.scope().name());
        if (m.restriction() != null) text(w, CAP_NS, "restriction", m.restriction());
        if (m.note() != null) text(w, CAP_NS, "note", m.note());
        if (m.references() != null) text(w, CAP_NS, "references", m.references());

        CapMessage.Info i = m.info();
        w.writeStartElement("", "info", CAP_NS);
        text(w, CAP_NS, "language", "en");
        for (CapMessage.Category c : i.categories()) text(w, CAP_NS, "category", c.name());
        text(w, CAP_NS, "event", i.event());
        text(w, CAP_NS, "urgency", i.urgency().name());
        text(w, CAP_NS, "severity", i.severity().name());
        text(w, CAP_NS, "certainty", i.certainty().name());
        if (i.senderName() != null) text(w, CAP_NS, "senderName", i.senderName());
        if (i.headline() != null) text(w, CAP_NS, "headline", i.headline());
        if (i.description() != null) text(w, CAP_NS, "description", i.description());
        for (Map.Entry<String, String> p : i.parameters().entrySet()) valuePair(w, "parameter", p.getKey(), p.getValue());
        CapMessage.Area a = i.area();
        w.writeStartElement("", "area", CAP_NS);
        text(w, CAP_NS, "areaDesc", a.description());
        if (a.polygon() != null) text(w, CAP_NS, "polygon", a.polygon());
        if (a.country() != null) valuePair(w, "geocode", "ISO 3166-1 alpha-2", a.country());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void valuePair(XMLStreamWriter w, String element, String name, String value) throws XMLStreamException {
        w.writeStartElement("", element, CAP_NS);
        text(w, CAP_NS, "valueName", name);
        text(w, CAP_NS, "value", value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
        w.writeEmptyElement("", "link", ATOM_NS);
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", xmlSafe(href));
    }

    private static void text(XMLStreamWriter w, String ns, String element, String value) throws XMLStreamException {
        w.writeStartElement("", element, ns);
        w.writeCharacters(xmlSafe(value));
        w.writeEndElement();
    }

    /** XML 1.0 allows tab, newline, carriage return and U+0020 upwards except surrogates (paired are fine), U+FFFE, U+FFFF. */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
            if (!ok && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) {
                if (ok) b.appendCodePoint(c);
                else b.append('\uFFFD');
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static String atomTime(Instant i) { return DateTimeFormatter.ISO_INSTANT.format(i.truncatedTo(ChronoUnit.SECONDS)); }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            body.write(w);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write XML", e);
        }
        return out.toString();
    }
}
