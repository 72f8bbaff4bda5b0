package org.attune.codebook;

import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.attune.io.IndentedXml;
import org.attune.model.Codebook;

/**
 * Codebooks as REFI-QDA codebook files ({@code .qdc}), the format NVivo, ATLAS.ti, MAXQDA,
 * QualCoder and others exchange codebooks in.
 *
 * <h2>Writing</h2>
 * A {@code CodeBook} in namespace {@code urn:QDA-XML:codebook:1.0}, valid against Codebook.xsd
 * v1.0. Each group is a non-codable {@code Code} holding its codes as codable ones; GUIDs are
 * name-based UUIDs of {@code "attune:group:" + id} and {@code "attune:code:" + id}; colors are
 * {@code #RRGGBB} in upper case. The codebook's own metadata goes into a {@code Set} named as the
 * codebook, with a {@code MemberCode} for each code. Characters XML 1.0 cannot hold (most control
 * characters) are written as U+FFFD.
 *
 * <h2>The description sections</h2>
 * REFI-QDA has no place for inclusion and exclusion criteria, examples, keys, scales, exclusive
 * groups or stable ids, so they go into each {@code Description}, where people using other tools
 * read them and from where a round trip brings them back. A description is the text proper, then
 * (when that text is not empty) one blank line, then labelled sections, only those that apply:
 * <pre>
 * The definition text.
 *
 * Inclusion: when to apply it
 * Exclusion: when not to
 * Examples:
 * - "first example"
 * - second example
 * Key: s
 * Scale (ordinal):
 * 1 = Content not about the self
 * 2 = The self involved, no feelings
 * Attune id: statement
 * </pre>
 * A group's sections are {@code Exclusive: at most one of these codes per unit.} (when it is),
 * {@code Applies to: therapist turns} or {@code client turns} (when not any) and its
 * {@code Attune id}; the codebook set's are {@code Version} (always), {@code Authors:} and
 * {@code Citations:} (lists like Examples) and {@code Notes}.
 *
 * <p>A value of several lines continues on lines indented by two spaces, blank lines included
 * (they become two spaces), so the sections never contain an empty line, and the last empty line
 * of a description is always the one before them, whatever the description itself says. A value
 * whose first line is empty starts on the line after its label. A block counts as Attune's only if
 * every line fits and it ends with {@code Attune id:} (a code's or group's) or starts with
 * {@code Version:} (the codebook's); otherwise the whole text is the description.
 *
 * <h2>Reading</h2>
 * Lenient, as REFI-QDA asks of importers: elements are matched by local name in any namespace
 * version; a {@code Project} ({@code .qde}) is read for its {@code CodeBook/Codes}. Top-level
 * folders become groups; a top-level codable code with codes under it becomes a group whose first
 * code is itself; deeper codes are flattened into their top-level group as "Parent › Child";
 * top-level codes with nothing under them go to a group "Ungrouped codes"; an empty top-level
 * folder stays an empty group, as Attune's groups may be. Ids come from the
 * "Attune id" sections where they are valid and unused, else from names; keys from "Key" sections
 * where they are valid and not taken. Colors may be {@code #RRGGBB}, {@code #RGB},
 * {@code rgb(r,g,b)}, {@code rgba(...)} or eight hex digits, read as {@code #AARRGGBB} (the order
 * of the .NET and Qt tools on Windows) unless only the last pair is {@code FF}, which only an
 * opaque {@code #RRGGBBAA} explains; alpha is dropped. Without Attune's own set the codebook is
 * named after the file, version "1". Everything left out or changed is listed, one line each, in
 * {@link ReadCodebook#discarded()}.
 * What cannot be read at all, including any file with a DTD, is refused with a
 * {@link CodebookFormatException} naming the line and column.
 */
public final class QdcCodebook {

    private QdcCodebook() {
    }

    /**
     * Reads a .qdc; lenient; throws CodebookFormatException (with CodebookProblem locations
     * "line L, column C") for what cannot be read.
     *
     * @param fileName the file's name, for messages and as the codebook's name when the file gives none
     * @param content the file's bytes
     */
    public static ReadCodebook read(String fileName, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        return QdcImport.build(fileName, QdcXmlReader.read(fileName, content));
    }

    /**
     * Writes a codebook as .qdc, UTF-8, valid against Codebook.xsd v1.0. Deterministic: the same
     * codebook gives the same bytes.
     *
     * @throws org.attune.model.AttuneException for a codebook without groups, which REFI-QDA cannot hold
     */
    public static byte[] write(Codebook codebook) {
        Objects.requireNonNull(codebook, "codebook");
        return QdcWriter.write(codebook);
    }

    /**
     * Writes the codebook as a REFI-QDA project's {@code <CodeBook>} element (Project.xsd v1.0:
     * codes only), into the project document being written.
     */
    public static void writeProjectCodeBook(Codebook codebook, IndentedXml out) throws XMLStreamException {
        QdcWriter.projectCodeBook(codebook, out);
    }

    /** Writes the project's {@code <Sets>} with the codebook's own set, which carries its metadata. */
    public static void writeProjectSets(Codebook codebook, IndentedXml out) throws XMLStreamException {
        QdcWriter.projectSets(codebook, out);
    }

    /** The GUID the code with this id has in every REFI-QDA file Attune writes. */
    public static String codeGuid(String codeId) {
        return QdcWriter.codeGuid(codeId);
    }
}
