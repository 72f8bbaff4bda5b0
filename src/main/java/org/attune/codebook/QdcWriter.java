package org.attune.codebook;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;

/**
 * Writes a codebook as a REFI-QDA codebook (Codebook.xsd v1.0), indented for people who open it.
 * Everything in it follows from the codebook alone (GUIDs are made from ids, nothing is dated), so
 * the same codebook always gives the same bytes.
 */
final class QdcWriter {

    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    private static final String INDENT = "  ";
    /** Woodstox rather than whichever StAX implementation the class path offers, so the bytes never vary. */
    private static final WstxOutputFactory OUTPUT = new WstxOutputFactory();

    private final XMLStreamWriter xml;
    private int depth;

    private QdcWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static byte[] write(Codebook codebook) {
        if (codebook.groups().isEmpty()) {
            throw new AttuneException("codebook '" + codebook.name() + "' has no groups, and a REFI-QDA codebook"
                    + " needs at least one code: add a group before exporting it as .qdc");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            new QdcWriter(xml).document(codebook);
            xml.close();
        } catch (XMLStreamException e) {
            // Only an encoder failure could get here, and the text is cleaned of what XML cannot hold.
            throw new IllegalStateException("could not write the codebook as XML", e);
        }
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String groupGuid(String groupId) {
        return guid("attune:group:" + groupId);
    }

    static String codeGuid(String codeId) {
        return guid("attune:code:" + codeId);
    }

    static String codebookGuid() {
        return guid("attune:codebook");
    }

    /** A name-based (version 3) UUID: the same id always gives the same GUID, in lower case 8-4-4-4-12. */
    private static String guid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void document(Codebook codebook) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "CodeBook");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("origin", "Attune");
        start("Codes");
        for (CodeGroup group : codebook.groups()) {
            group(group);
        }
        close();
        start("Sets");
        start("Set");
        xml.writeAttribute("guid", codebookGuid());
        xml.writeAttribute("name", XmlText.clean(codebook.name()));
        description(QdcDescriptions.codebook(codebook));
        for (Code code : codebook.codes()) {
            empty("MemberCode");
            xml.writeAttribute("guid", codeGuid(code.id()));
        }
        close();
        close();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void group(CodeGroup group) throws XMLStreamException {
        start("Code");
        xml.writeAttribute("guid", groupGuid(group.id()));
        xml.writeAttribute("name", XmlText.clean(group.name()));
        xml.writeAttribute("isCodable", "false");
        description(QdcDescriptions.group(group));
        for (Code code : group.codes()) {
            code(code);
        }
        close();
    }

    private void code(Code code) throws XMLStreamException {
        start("Code");
        xml.writeAttribute("guid", codeGuid(code.id()));
        xml.writeAttribute("name", XmlText.clean(code.name()));
        xml.writeAttribute("isCodable", "true");
        if (code.color() != null) {
            xml.writeAttribute("color", QdcColor.normalized(code.color()));
        }
        description(QdcDescriptions.code(code));
        close();
    }

    private void description(String text) throws XMLStreamException {
        newLine();
        xml.writeStartElement(NAMESPACE, "Description");
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    /** Starts an element on a new line; its attributes follow. */
    private void start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(NAMESPACE, name);
        depth++;
    }

    private void empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(NAMESPACE, name);
    }

    /** Ends an element started with {@link #start}, on a line of its own. */
    private void close() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth + 1));
    }

    /** Text as XML 1.0 can hold it. */
    private static final class XmlText {

        private XmlText() {
        }

        /** The text with each character XML 1.0 forbids (most control characters, lone surrogates) replaced by U+FFFD. */
        static String clean(String text) {
            StringBuilder out = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                boolean allowed = pair || c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD;
                if (!allowed && out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (out != null) {
                    out.append(allowed ? c : '\uFFFD');
                    if (pair) {
                        out.append(text.charAt(i + 1));
                    }
                }
                if (pair) {
                    i++;
                }
            }
            return out == null ? text : out.toString();
        }
    }
}
