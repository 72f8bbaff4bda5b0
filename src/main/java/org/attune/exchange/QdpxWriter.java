package org.attune.exchange;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attune.io.AtomicFile;
import org.attune.io.IndentedXml;
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
    private static final WstxOutputFactory OUTPUT = new WstxOutputFactory();

    private final XMLStreamWriter xml;
    private final IndentedXml out;

    private QdpxWriter(XMLStreamWriter xml) {
        this.xml = xml;
        this.out = new IndentedXml(xml, NAMESPACE);
    }

    /**
     * Writes a project to {@code file}, replacing it only once complete. The sources come one at a
     * time, so that a corpus of any size is written in
     * the memory of one transcript: each source's text goes into the archive as it comes, and the
     * qde's {@code <Sources>} section is spooled to a temporary file until the document is written.
     *
     * @param header the project's name, origin, time, description and users (its sources are not used)
     * @param variables every variable a source may value, with its type
     * @param sources the sources, read once, in order
     * @param codeBook writes the {@code <CodeBook>} element, or null for a project without one
     * @param sets writes the {@code <Sets>} element, or null
     */
    public static void write(QdpxProject header, Map<String, QdpxVariable.Type> variables, Iterable<QdpxSource> sources,
                             XmlPart codeBook, XmlPart sets, Path file) {
        TableExport.writeAtomically(file, out -> {
            // Beside the file, not in the temporary folder: it holds the transcripts' text.
            Path spool = AtomicFile.beside(file, ".sources");
            try {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                List<QdpxSelection> withMemos = new ArrayList<>();
                try (OutputStream sourcesXml = new BufferedOutputStream(Files.newOutputStream(spool))) {
                    XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(sourcesXml, "UTF-8");
                    // Bound, not declared: the section goes inside <Project>, which declares it.
                    xml.setDefaultNamespace(NAMESPACE);
                    QdpxWriter writer = new QdpxWriter(xml);
                    boolean any = false;
                    for (QdpxSource source : sources) {
                        zip.putNextEntry(new ZipEntry("sources/" + source.guid() + ".txt"));
                        zip.write(XmlText.clean(source.text()).getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                        if (!any) {
                            writer.out.start("Sources");
                            any = true;
                        }
                        writer.source(source, variables, withMemos);
                    }
                    if (any) {
                        writer.out.close();
                    }
                    xml.flush();
                } catch (XMLStreamException e) {
                    throw new IOException("could not write project.qde: " + e.getMessage(), e);
                }
                zip.putNextEntry(new ZipEntry("project.qde"));
                writeQde(header, variables, codeBook, sets, spool, withMemos, zip);
                zip.closeEntry();
                zip.finish();
            } finally {
                Files.deleteIfExists(spool);
            }
        });
    }

    private static void writeQde(QdpxProject header, Map<String, QdpxVariable.Type> variables, XmlPart codeBook, XmlPart sets,
                                 Path spooledSources, List<QdpxSelection> withMemos, OutputStream zip) throws IOException {
        try {
            NonClosing out = new NonClosing(zip);
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            QdpxWriter writer = new QdpxWriter(xml);
            writer.head(header, variables, codeBook);
            // The spooled <Sources> section goes in as it was written, between the head and the rest.
            xml.writeCharacters("");
            xml.flush();
            Files.copy(spooledSources, out);
            writer.tail(header, sets, withMemos);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write project.qde: " + e.getMessage(), e);
        }
    }

    /** Everything of the project document before its sources. */
    private void head(QdpxProject project, Map<String, QdpxVariable.Type> variables, XmlPart codeBook) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "Project");
        xml.writeDefaultNamespace(NAMESPACE);
        out.attribute("name", project.name());
        out.attribute("origin", project.origin());
        if (project.created() != null) {
            out.attribute("creationDateTime", time(project.created()));
        }
        if (!project.users().isEmpty()) {
            out.start("Users");
            for (QdpxUser user : project.users()) {
                out.empty("User");
                out.attribute("guid", user.guid());
                out.attribute("name", user.name());
            }
            out.close();
        }
        if (codeBook != null) {
            codeBook.write(out);
        }
        if (!variables.isEmpty()) {
            out.start("Variables");
            for (Map.Entry<String, QdpxVariable.Type> variable : variables.entrySet()) {
                out.empty("Variable");
                out.attribute("guid", variableGuid(variable.getKey()));
                out.attribute("name", variable.getKey());
                out.attribute("typeOfVariable", variable.getValue().label());
            }
            out.close();
        }
    }

    /** Everything of the project document after its sources. */
    private void tail(QdpxProject project, XmlPart sets, List<QdpxSelection> withMemos) throws XMLStreamException {
        if (!withMemos.isEmpty()) {
            out.start("Notes");
            for (QdpxSelection selection : withMemos) {
                out.start("Note");
                out.attribute("guid", noteGuid(selection));
                out.attribute("name", selection.name().isEmpty() ? "Memo" : "Memo on " + selection.name());
                user("creatingUser", selection.userGuid());
                if (selection.created() != null) {
                    out.attribute("creationDateTime", time(selection.created()));
                }
                out.text("PlainTextContent", selection.memo());
                out.close();
            }
            out.close();
        }
        if (sets != null) {
            sets.write(out);
        }
        if (!project.description().isEmpty()) {
            out.text("Description", project.description());
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void source(QdpxSource source, Map<String, QdpxVariable.Type> variables, List<QdpxSelection> withMemos)
            throws XMLStreamException {
        out.start("TextSource");
        out.attribute("guid", source.guid());
        out.attribute("name", source.name());
        out.attribute("plainTextPath", "internal://" + source.guid() + ".txt");
        if (!source.description().isEmpty()) {
            out.text("Description", source.description());
        }
        for (QdpxSelection selection : source.selections()) {
            out.start("PlainTextSelection");
            out.attribute("guid", selection.guid());
            if (!selection.name().isEmpty()) {
                out.attribute("name", selection.name());
            }
            out.attribute("startPosition", Integer.toString(selection.start()));
            out.attribute("endPosition", Integer.toString(selection.end()));
            user("creatingUser", selection.userGuid());
            if (selection.created() != null) {
                out.attribute("creationDateTime", time(selection.created()));
            }
            user("modifyingUser", selection.modified() == null ? null : selection.userGuid());
            if (selection.modified() != null) {
                out.attribute("modifiedDateTime", time(selection.modified()));
            }
            if (!selection.description().isEmpty()) {
                out.text("Description", selection.description());
            }
            out.start("Coding");
            out.attribute("guid", guid("coding:" + selection.guid()));
            user("creatingUser", selection.userGuid());
            if (selection.created() != null) {
                out.attribute("creationDateTime", time(selection.created()));
            }
            out.empty("CodeRef");
            out.attribute("targetGUID", selection.codeGuid());
            out.close();
            if (selection.memo() != null) {
                out.empty("NoteRef");
                out.attribute("targetGUID", noteGuid(selection));
                withMemos.add(selection);
            }
            out.close();
        }
        for (QdpxVariable variable : source.variables()) {
            if (variables.get(variable.name()) != variable.type()) {
                throw new IllegalArgumentException("source " + source.name() + " values variable " + variable.name() + " as "
                        + variable.type() + ", declared " + variables.get(variable.name()));
            }
            out.start("VariableValue");
            out.empty("VariableRef");
            out.attribute("targetGUID", variableGuid(variable.name()));
            out.text(variable.type().valueElement(), variable.value());
            out.close();
        }
        out.close();
    }

    private void user(String attribute, String userGuid) throws XMLStreamException {
        if (userGuid != null) {
            out.attribute(attribute, userGuid);
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
