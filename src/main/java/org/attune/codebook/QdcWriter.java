package org.attune.codebook;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attune.io.IndentedXml;
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
    /** Woodstox rather than whichever StAX implementation the class path offers, so the bytes never vary. */
    private static final WstxOutputFactory OUTPUT = new WstxOutputFactory();

    private final IndentedXml out;

    private QdcWriter(IndentedXml out) {
        this.out = out;
    }

    /** A project's {@code <CodeBook>} (codes only, as Project.xsd has it). */
    static void projectCodeBook(Codebook codebook, IndentedXml out) throws XMLStreamException {
        requireGroups(codebook, "a REFI-QDA project", "");
        out.start("CodeBook");
        new QdcWriter(out).codes(codebook);
        out.close();
    }

    /** A project's {@code <Sets>} with the codebook's own set, members by {@code targetGUID} as Project.xsd has it. */
    static void projectSets(Codebook codebook, IndentedXml out) throws XMLStreamException {
        out.start("Sets");
        new QdcWriter(out).set(codebook, "targetGUID");
        out.close();
    }

    private static void requireGroups(Codebook codebook, String what, String as) {
        if (codebook.groups().isEmpty()) {
            throw new AttuneException("codebook '" + codebook.name() + "' has no groups, and " + what
                    + " needs at least one code: add a group before exporting it" + as);
        }
    }

    static byte[] write(Codebook codebook) {
        requireGroups(codebook, "a REFI-QDA codebook", " as .qdc");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "CodeBook");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("origin", "Attune");
            IndentedXml out = new IndentedXml(xml, NAMESPACE);
            QdcWriter writer = new QdcWriter(out);
            writer.codes(codebook);
            out.start("Sets");
            writer.set(codebook, "guid");
            out.close();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // Only an encoder failure could get here, and the text is cleaned of what XML cannot hold.
            throw new IllegalStateException("could not write the codebook as XML", e);
        }
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
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

    private void codes(Codebook codebook) throws XMLStreamException {
        out.start("Codes");
        for (CodeGroup group : codebook.groups()) {
            group(group);
        }
        out.close();
    }

    /** The codebook's own set, which carries its name, version, authors and citations. */
    private void set(Codebook codebook, String memberAttribute) throws XMLStreamException {
        out.start("Set").attribute("guid", codebookGuid()).attribute("name", codebook.name());
        out.text("Description", QdcDescriptions.codebook(codebook));
        for (Code code : codebook.codes()) {
            out.empty("MemberCode").attribute(memberAttribute, codeGuid(code.id()));
        }
        out.close();
    }

    private void group(CodeGroup group) throws XMLStreamException {
        out.start("Code").attribute("guid", groupGuid(group.id())).attribute("name", group.name()).attribute("isCodable", "false");
        out.text("Description", QdcDescriptions.group(group));
        for (Code code : group.codes()) {
            code(code);
        }
        out.close();
    }

    private void code(Code code) throws XMLStreamException {
        out.start("Code").attribute("guid", codeGuid(code.id())).attribute("name", code.name()).attribute("isCodable", "true");
        if (code.color() != null) {
            out.attribute("color", QdcColor.normalized(code.color()));
        }
        out.text("Description", QdcDescriptions.code(code));
        out.close();
    }
}
