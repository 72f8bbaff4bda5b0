package org.attune.exchange;

import javax.xml.stream.XMLStreamException;
import org.attune.io.IndentedXml;

/** A part of an XML document that another package writes: the codebook of a REFI-QDA project. */
@FunctionalInterface
public interface XmlPart {

    /** Writes the part's elements into the document being written, at its place and indentation. */
    void write(IndentedXml out) throws XMLStreamException;
}
