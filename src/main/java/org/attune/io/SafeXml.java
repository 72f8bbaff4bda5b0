package org.attune.io;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The XML parser for untrusted files: Woodstox, faster than the JDK's on large documents, with
 * bounded sizes, and refusing any document that declares a DTD. The formats Attune reads (Word,
 * REFI-QDA) never have one; a DTD in such a file is the vehicle of external entities (XXE) and
 * entity bombs ("billion laughs"), so the document is refused before any entity is looked at.
 */
public final class SafeXml {

    /** Thread-safe once configured, as StAX factories are. */
    private static final XMLInputFactory INPUT = create();

    private SafeXml() {
    }

    /**
     * A streaming reader over a document.
     *
     * @throws XMLStreamException from the first call of {@code next()} that meets a DTD
     */
    public static XMLStreamReader open(InputStream document) throws XMLStreamException {
        return new StreamReaderDelegate(INPUT.createXMLStreamReader(document)) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("it declares a DTD, which this kind of file never has");
                }
                return event;
            }
        };
    }

    private static XMLInputFactory create() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1_000);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 500);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 1 << 20);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 64 << 20);
        return factory;
    }
}
