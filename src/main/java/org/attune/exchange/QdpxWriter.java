package org.attune.exchange;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attune.io.XmlText;

/**
 * Writes a REFI-QDA project (.qdpx, Project.xsd v1.0): {@code project.qde} and each source's plain
 * text as {@code sources/GUID.txt}, UTF-8 with LF line breaks and no byte order mark, so that the
 * positions of the selections count code points on exactly the bytes written. Each coding is a
 * selection of its own with {@code creatingUser} on selection and coding (the pattern QualCoder
 * and others read owners from); a memo is a note the selection refers to; variables are declared
 * once and valued on each source.
 */
public final class QdpxWriter {

    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    private static final String INDENT = "  ";
    private static final WstxOutputFactory OUTPUT = new WstxOutputFactory();

    private final XMLStreamWriter xml;
    private int depth;

    private QdpxWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * Writes the project to {@code file}, replacing it only once complete.
     *
     * @param codeBook writes the {@code <CodeBook>} element, or null for a project without one
     * @param sets writes the {@code <Sets>} element, or null
     */
    public static void write(QdpxProject project, XmlPart codeBook, XmlPart sets, Path file) {
        TableExport.writeAtomically(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("project.qde"));
            writeQde(project, codeBook, sets, zip);
            zip.closeEntry();
            for (QdpxSource source : project.sources()) {
                zip.putNextEntry(new ZipEntry("sources/" + source.guid() + ".txt"));
                zip.write(XmlText.clean(source.text()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    private static void writeQde(QdpxProject project, XmlPart codeBook, XmlPart sets, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(new NonClosing(out), "UTF-8");
            new QdpxWriter(xml).document(project, codeBook, sets);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write project.qde: " + e.getMessage(), e);
        }
    }

    private void document(QdpxProject project, XmlPart codeBook, XmlPart sets) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "Project");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("name", XmlText.clean(project.name()));
        xml.writeAttribute("origin", XmlText.clean(project.origin()));
        if (project.created() != null) {
            xml.writeAttribute("creationDateTime", time(project.created()));
        }
        if (!project.users().isEmpty()) {
            start("Users");
            for (QdpxUser user : project.users()) {
                empty("User");
                xml.writeAttribute("guid", user.guid());
                xml.writeAttribute("name", XmlText.clean(user.name()));
            }
            close();
        }
        if (codeBook != null) {
            codeBook.write(xml, NAMESPACE, depth);
        }
        Map<String, QdpxVariable.Type> variables = variables(project);
        if (!variables.isEmpty()) {
            start("Variables");
            for (Map.Entry<String, QdpxVariable.Type> variable : variables.entrySet()) {
                empty("Variable");
                xml.writeAttribute("guid", variableGuid(variable.getKey()));
                xml.writeAttribute("name", XmlText.clean(variable.getKey()));
                xml.writeAttribute("typeOfVariable", variable.getValue().label());
            }
            close();
        }
        List<QdpxSelection> withMemos = new ArrayList<>();
        if (!project.sources().isEmpty()) {
            start("Sources");
            for (QdpxSource source : project.sources()) {
                source(source, withMemos);
            }
            close();
        }
        if (!withMemos.isEmpty()) {
            start("Notes");
            for (QdpxSelection selection : withMemos) {
                start("Note");
                xml.writeAttribute("guid", noteGuid(selection));
                xml.writeAttribute("name", XmlText.clean(selection.name().isEmpty() ? "Memo" : "Memo on " + selection.name()));
                user("creatingUser", selection.userGuid());
                if (selection.created() != null) {
                    xml.writeAttribute("creationDateTime", time(selection.created()));
                }
                text("PlainTextContent", selection.memo());
                close();
            }
            close();
        }
        if (sets != null) {
            sets.write(xml, NAMESPACE, depth);
        }
        if (!project.description().isEmpty()) {
            text("Description", project.description());
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void source(QdpxSource source, List<QdpxSelection> withMemos) throws XMLStreamException {
        start("TextSource");
        xml.writeAttribute("guid", source.guid());
        xml.writeAttribute("name", XmlText.clean(source.name()));
        xml.writeAttribute("plainTextPath", "internal://" + source.guid() + ".txt");
        if (!source.description().isEmpty()) {
            text("Description", source.description());
        }
        for (QdpxSelection selection : source.selections()) {
            start("PlainTextSelection");
            xml.writeAttribute("guid", selection.guid());
            if (!selection.name().isEmpty()) {
                xml.writeAttribute("name", XmlText.clean(selection.name()));
            }
            xml.writeAttribute("startPosition", Integer.toString(selection.start()));
            xml.writeAttribute("endPosition", Integer.toString(selection.end()));
            user("creatingUser", selection.userGuid());
            if (selection.created() != null) {
                xml.writeAttribute("creationDateTime", time(selection.created()));
            }
            user("modifyingUser", selection.modified() == null ? null : selection.userGuid());
            if (selection.modified() != null) {
                xml.writeAttribute("modifiedDateTime", time(selection.modified()));
            }
            if (!selection.description().isEmpty()) {
                text("Description", selection.description());
            }
            start("Coding");
            xml.writeAttribute("guid", guid("coding:" + selection.guid()));
            user("creatingUser", selection.userGuid());
            if (selection.created() != null) {
                xml.writeAttribute("creationDateTime", time(selection.created()));
            }
            empty("CodeRef");
            xml.writeAttribute("targetGUID", selection.codeGuid());
            close();
            if (selection.memo() != null) {
                empty("NoteRef");
                xml.writeAttribute("targetGUID", noteGuid(selection));
                withMemos.add(selection);
            }
            close();
        }
        for (QdpxVariable variable : source.variables()) {
            start("VariableValue");
            empty("VariableRef");
            xml.writeAttribute("targetGUID", variableGuid(variable.name()));
            text(variable.type().valueElement(), variable.value());
            close();
        }
        close();
    }

    /** Every variable any source has, in the order first met, each with one type. */
    private static Map<String, QdpxVariable.Type> variables(QdpxProject project) {
        Map<String, QdpxVariable.Type> variables = new LinkedHashMap<>();
        for (QdpxSource source : project.sources()) {
            for (QdpxVariable variable : source.variables()) {
                QdpxVariable.Type had = variables.putIfAbsent(variable.name(), variable.type());
                if (had != null && had != variable.type()) {
                    throw new IllegalArgumentException("variable " + variable.name() + " is both " + had + " and " + variable.type());
                }
            }
        }
        return variables;
    }

    private void user(String attribute, String userGuid) throws XMLStreamException {
        if (userGuid != null) {
            xml.writeAttribute(attribute, userGuid);
        }
    }

    private static String noteGuid(QdpxSelection selection) {
        return guid("note:" + selection.guid());
    }

    /** The same variable always has the same GUID, so that exports of one project compare line by line. */
    private static String variableGuid(String name) {
        return guid("attune:variable:" + name);
    }

    /** A name-based GUID: derived from what it names, so that writing the same project twice gives the same file. */
    public static String guid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** xs:dateTime in UTC, with the fraction of a second Attune keeps (other tools write whole seconds and read fractions). */
    private static String time(Instant instant) {
        return instant.toString();
    }

    private void text(String element, String text) throws XMLStreamException {
        newLine();
        xml.writeStartElement(NAMESPACE, element);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private void start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(NAMESPACE, name);
        depth++;
    }

    private void empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(NAMESPACE, name);
    }

    private void close() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth + 1));
    }

    /** The ZIP entry stays open after the XML writer closes its stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
