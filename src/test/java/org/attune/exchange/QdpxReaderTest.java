package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .qdpx files as other tools write them, and refusing the ones built to do harm. */
class QdpxReaderTest {

    static final String TEXT = "Therapist: How are you?\nClient: Tired. Very tired.\n";
    static final String NS = "urn:QDA-XML:project:1.0";

    @TempDir
    Path dir;

    private Path file(QdpxFiles files) throws Exception {
        return files.write(dir.resolve("p.qdpx"));
    }

    @Test
    void readsWhatTheStandardDescribes() throws Exception {
        int start = TEXT.indexOf("Tired");
        QdpxContent content = QdpxReader.read(file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "internal://33333333-3333-3333-3333-333333333333.txt", start, start + 5))
                .and("sources/33333333-3333-3333-3333-333333333333.txt", TEXT)));
        QdpxSource source = content.project().sources().getFirst();
        assertThat(source.name()).isEqualTo("Session one");
        assertThat(source.text()).isEqualTo(TEXT);
        QdpxSelection selection = source.selections().getFirst();
        assertThat(selection.userGuid()).isEqualTo("11111111-1111-1111-1111-111111111111");
        assertThat(selection.codeGuid()).isEqualTo("22222222-2222-2222-2222-222222222222");
        assertThat(content.project().users()).containsExactly(new QdpxUser("11111111-1111-1111-1111-111111111111", "Ann Lee"));
        assertThat(content.hasCodeBook()).isTrue();
        assertThat(content.discarded()).isEmpty();
    }

    @Test
    void acceptsOtherNamespaceVersionsOrNoneAnyQdeNameUpperCaseSourcesAndBarePaths() throws Exception {
        int start = TEXT.indexOf("Tired");
        for (String namespace : new String[] {"urn:QDA-XML:project:0:10", null}) {
            Path p = file(QdpxFiles.with("My Project.qde", QdpxFiles.qde(namespace, "session.txt", start, start + 5))
                    .and("Sources/session.txt", TEXT));
            assertThat(QdpxReader.read(p).project().sources().getFirst().text()).isEqualTo(TEXT);
        }
        Path relative = file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "relative://texts/session.txt", start, start + 5))
                .and("texts/session.txt", TEXT));
        assertThat(QdpxReader.read(relative).project().sources().getFirst().text()).isEqualTo(TEXT);
    }

    @Test
    void aByteOrderMarkCountsAsNothingAndCrlfAsOneOrTwoAsThePositionsShow() throws Exception {
        String crlf = TEXT.replace("\n", "\r\n");
        int start = TEXT.indexOf("Tired");
        // Counted with CRLF as one (as ATLAS.ti counts), positions are those of the LF text.
        Path one = file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "s.txt", start, TEXT.length() - 1))
                .and("sources/s.txt", "\uFEFF" + crlf));
        QdpxSource read = QdpxReader.read(one).project().sources().getFirst();
        assertThat(read.text()).isEqualTo(TEXT);
        QdpxSelection s = read.selections().getFirst();
        assertThat(TEXT.substring(s.start(), s.end())).isEqualTo("Tired. Very tired.");
        // Counted with CRLF as two, the end lies past the LF text: read that way, the same words are selected.
        int rawStart = crlf.indexOf("Tired");
        Path two = file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "s.txt", rawStart, crlf.length() - 2))
                .and("sources/s.txt", crlf));
        QdpxContent content = QdpxReader.read(two);
        QdpxSelection t = content.project().sources().getFirst().selections().getFirst();
        assertThat(TEXT.substring(t.start(), t.end())).isEqualTo("Tired. Very tired.");
        assertThat(content.discarded()).anyMatch(d -> d.contains("counting each as two characters"));
    }

    @Test
    void selectionsMapOntoTheTurnsTheyCover() {
        String text = "Therapist: How are you?\n\nClient: Tired.\nVery tired,\nreally.\n";
        SourceTurns turns = SourceTurns.byLabels(text, lines -> lines.stream()
                .map(l -> l.startsWith("Therapist: ") ? new SourceTurns.LineLabel("Therapist", null, null, 11)
                        : l.startsWith("Client: ") ? new SourceTurns.LineLabel("Client", null, null, 8) : null).toList());
        assertThat(turns.turns()).extracting(SourceTurn::text).containsExactly("How are you?", "Tired. Very tired, really.");
        // The whole text: from the first turn's first word to the last turn's end.
        assertThat(turns.span(0, text.length())).isEqualTo(new Span(1, 0, 2, 26));
        // Only a label: no turn's text.
        assertThat(turns.span(0, 10)).isNull();
        // Across a wrapped line: "very tired,\nreally" is "Very tired, really" in the turn.
        int from = text.indexOf("Very");
        assertThat(turns.span(from, text.indexOf("really") + 6)).isEqualTo(new Span(2, 7, 2, 25));
    }

    @Test
    void zipSlipIsRefused() throws Exception {
        Path p = file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "s.txt", 0, 5)).and("sources/s.txt", TEXT)
                .and("../../outside.txt", "gotcha"));
        assertThatThrownBy(() -> QdpxReader.read(p)).isInstanceOf(QdpxFormatException.class)
                .hasMessageContaining("p.qdpx").hasMessageContaining("'../../outside.txt'").hasMessageContaining("zip slip");
        Path absolute = file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "s.txt", 0, 5)).and("/etc/cron.d/x", "gotcha"));
        assertThatThrownBy(() -> QdpxReader.read(absolute)).hasMessageContaining("leaves the archive's folder");
    }

    @Test
    void aZipBombStopsAtItsBound() throws Exception {
        byte[] zeros = new byte[64 << 20];
        Path p = file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "s.txt", 0, 5)).and("sources/s.txt", zeros));
        assertThat(Files.size(p)).isLessThan(1 << 20);
        assertThatThrownBy(() -> QdpxReader.read(p)).isInstanceOf(QdpxFormatException.class)
                .hasMessageContaining("'sources/s.txt'").hasMessageContaining("zip bomb");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        QdpxFiles files = QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "s.txt", 0, 5));
        for (int i = 0; i <= QdpxReader.MAX_ENTRIES; i++) {
            files.and("sources/" + i + ".txt", new byte[0]);
        }
        Path p = file(files);
        assertThatThrownBy(() -> QdpxReader.read(p)).hasMessageContaining("entries").hasMessageContaining("refused");
    }

    @Test
    void externalEntitiesAndDtdsAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"" + NS + "\" name=\"&x;\"/>";
        Path p = file(QdpxFiles.with("project.qde", xxe));
        assertThatThrownBy(() -> QdpxReader.read(p)).isInstanceOf(QdpxFormatException.class)
                .hasMessageContaining("project.qde line 2").hasMessageContaining("DTD").hasMessageNotContaining("secret");
    }

    @Test
    void aQdeThatLiesAboutOffsetsIsRefusedNamingTheSelection() throws Exception {
        Path p = file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "s.txt", 10, 5000)).and("sources/s.txt", TEXT));
        assertThatThrownBy(() -> QdpxReader.read(p)).isInstanceOf(QdpxFormatException.class)
                .hasMessageContaining("selection 44444444-4444-4444-4444-444444444444").hasMessageContaining("runs from 10 to 5000")
                .hasMessageContaining("51 characters long");
        Path backwards = file(QdpxFiles.with("project.qde", QdpxFiles.qde(NS, "s.txt", 20, 10)).and("sources/s.txt", TEXT));
        assertThatThrownBy(() -> QdpxReader.read(backwards)).hasMessageContaining("runs from 20 to 10");
    }

    @Test
    void whatIsNoProjectSaysWhatItIs() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.qdpx"), "just text");
        assertThatThrownBy(() -> QdpxReader.read(text)).hasMessageContaining("notes.qdpx").hasMessageContaining("ZIP archive");
        Path noQde = file(QdpxFiles.with("sources/s.txt", TEXT));
        assertThatThrownBy(() -> QdpxReader.read(noQde)).hasMessageContaining("no .qde document");
        Path foreign = file(QdpxFiles.with("project.qde", QdpxFiles.qde("urn:example:other", "s.txt", 0, 5)));
        assertThatThrownBy(() -> QdpxReader.read(foreign)).hasMessageContaining("namespace 'urn:example:other'");
        Path broken = file(QdpxFiles.with("project.qde", "<Project name=\"p\"><Sources>"));
        assertThatThrownBy(() -> QdpxReader.read(broken)).hasMessageContaining("not well-formed");
    }
}
