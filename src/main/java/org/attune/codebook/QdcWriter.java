package org.attune.codebook;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attune.io.XmlText;
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
    private final String namespace;
    private int depth;

    private QdcWriter(XMLStreamWriter xml, String namespace, int depth) {
        this.xml = xml;
        this.namespace = namespace;
        this.depth = depth;
    }

    /** A project's {@code <CodeBook>} (codes only, as Project.xsd has it), indented from {@code depth}. */
    static void projectCodeBook(Codebook codebook, XMLStreamWriter xml, String namespace, int depth) throws XMLStreamException {
        requireGroups(codebook, "a REFI-QDA project");
        QdcWriter writer = new QdcWriter(xml, namespace, depth);
        writer.start("CodeBook");
        writer.codes(codebook);
        writer.close();
    }

    /** A project's {@code <Sets>} with the codebook's own set, members by {@code targetGUID} as Project.xsd has it. */
    static void projectSets(Codebook codebook, XMLStreamWriter xml, String namespace, int depth) throws XMLStreamException {
        QdcWriter writer = new QdcWriter(xml, namespace, depth);
        writer.start("Sets");
        writer.set(codebook, "targetGUID");
        writer.close();
    }

    private static void requireGroups(Codebook codebook, String what) {
        if (codebook.groups().isEmpty()) {
            throw new AttuneException("codebook '" + codebook.name() + "' has no groups, and " + what
                    + " needs at least one code: add a group before exporting it");
        }
    }

    static byte[] write(Codebook codebook) {
        requireGroups(codebook, "a REFI-QDA codebook (.qdc)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            new QdcWriter(xml, NAMESPACE, 0).document(codebook);
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
        codes(codebook);
        start("Sets");
        set(codebook, "guid");
        close();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void codes(Codebook codebook) throws XMLStreamException {
        start("Codes");
        for (CodeGroup group : codebook.groups()) {
            group(group);
        }
        close();
    }

    /** The codebook's own set, which carries its name, version, authors and citations. */
    private void set(Codebook codebook, String memberAttribute) throws XMLStreamException {
        start("Set");
        xml.writeAttribute("guid", codebookGuid());
        xml.writeAttribute("name", XmlText.clean(codebook.name()));
        description(QdcDescriptions.codebook(codebook));
        for (Code code : codebook.codes()) {
            empty("MemberCode");
            xml.writeAttribute(memberAttribute, codeGuid(code.id()));
        }
        close();
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
        xml.writeStartElement(namespace, "Description");
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    /** Starts an element on a new line; its attributes follow. */
    private void start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(namespace, name);
        depth++;
    }

    private void empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(namespace, name);
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
}
