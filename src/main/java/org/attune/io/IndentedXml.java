package org.attune.io;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes elements of one namespace, each on a line of its own and indented by its depth, for XML
 * files people open (REFI-QDA codebooks and projects). Text is cleaned of what XML 1.0 cannot hold.
 */
public final class IndentedXml {

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private final String namespace;
    private int depth;

    public IndentedXml(XMLStreamWriter xml, String namespace) {
        this.xml = xml;
        this.namespace = namespace;
    }

    public XMLStreamWriter writer() {
        return xml;
    }

    public String namespace() {
        return namespace;
    }

    /** Starts an element on a new line; its attributes and children follow. */
    public IndentedXml start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(namespace, name);
        depth++;
        return this;
    }

    /** An element without children on a new line; its attributes follow. */
    public IndentedXml empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(namespace, name);
        return this;
    }

    /** An attribute of the element just started, its value cleaned. */
    public IndentedXml attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.clean(value));
        return this;
    }

    /** An element holding only text, on a new line. */
    public void text(String name, String text) throws XMLStreamException {
        newLine();
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    /** Ends the element last started, on a line of its own. */
    public void close() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth + 1));
    }
}
