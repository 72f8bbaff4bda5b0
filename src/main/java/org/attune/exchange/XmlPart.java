package org.attune.exchange;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A part of an XML document that another package writes: the codebook of a REFI-QDA project. */
@FunctionalInterface
public interface XmlPart {

    /**
     * Writes the part's elements.
     *
     * @param xml the document being written
     * @param namespace the document's namespace, for the part's elements
     * @param depth how deep the part lies, for indentation
     */
    void write(XMLStreamWriter xml, String namespace, int depth) throws XMLStreamException;
}
