package org.attune.io;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an XML document element by element, matching names without their namespace (REFI-QDA
 * tools write several versions of theirs, and some none): the attributes of the current element,
 * its children one by one, its text, or past it.
 */
public final class XmlCursor {

    /** What to do with each child element; it reads the child to its end (or calls {@link #skip}). */
    @FunctionalInterface
    public interface Child {
        void read(String localName) throws XMLStreamException;
    }

    /** A reference to an entity no DTD declared: without a DTD, only the five of XML itself exist. */
    public static final class UndeclaredEntity extends XMLStreamException {
        UndeclaredEntity(String name, Location location) {
            super("it refers to the entity '&" + name + ";', which is not declared");
            this.location = location;
        }
    }

    private final XMLStreamReader xml;

    public XmlCursor(XMLStreamReader xml) {
        this.xml = xml;
    }

    public XMLStreamReader reader() {
        return xml;
    }

    /** The next event; a reference to an undeclared entity (which the parser leaves unexpanded) is an error. */
    public int next() throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new UndeclaredEntity(xml.getLocalName(), xml.getLocation());
        }
        return event;
    }

    /** Moves to the root element. */
    public void root() throws XMLStreamException {
        while (next() != XMLStreamConstants.START_ELEMENT) {
            // comments and processing instructions before the root
        }
    }

    /** The value of an attribute of the current element by local name, or null. */
    public String attribute(String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Handles each child element of the current one, up to its end. */
    public void children(Child handler) throws XMLStreamException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                handler.read(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /** All the text inside the current element, markup inside it ignored; the cursor ends after it. */
    public String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        return text.toString();
    }

    /** Moves past the end of the current element. */
    public void skip() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // a reader that cannot close holds nothing worth reporting
        }
    }
}
