package org.attune.transcript;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;

/**
 * The XML parser for untrusted files: Woodstox with no DTDs, no external entities and bounded
 * sizes, so that neither an entity expansion (billion laughs) nor an external entity (XXE) can
 * reach through a transcript.
 */
final class SafeXml {

    /** Thread-safe once configured, as StAX factories are. */
    static final XMLInputFactory INPUT = create();

    private SafeXml() {
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
