package org.attune.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.attune.codebook.CodebookFiles;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Transcript;
import org.attune.store.ProjectStore;
import org.attune.workbench.Workbench;

/**
 * Makes the search benchmark's project file from a {@link CodedCorpusGenerator} corpus: a new
 * project through the workbench with the Conversational Model codebook attached, then the
 * sessions in batches, each batch's transcripts through {@link ProjectStore#addTranscripts} in one
 * transaction, then their codings in another.
 *
 * <p>The codings go in through plain JDBC, many rows to an INSERT, into the project's documented
 * {@code codings} table, as R or Python would write them: the store's own path
 * ({@code ProjectEdit.putCoding}) prepares a statement for every coding and takes about 100 µs a
 * coding, some six minutes for the 3.5 million codings of a million turns, and building the
 * project is the benchmark's set-up, not what it measures. The rows are the ones putCoding would
 * write; the generator keeps the codebook's rules itself, and {@code CodedCorpusGeneratorTest}
 * has the workbench's codings import check that it does. The codings table's triggers renew the
 * project's change stamp as for any edit.
 */
public final class CorpusProject {

    /** The codebook the corpus is coded with, as the jar bundles it. */
    static final String CODEBOOK_RESOURCE = "/bundled/codebooks/conversational-model.yaml";
    private static final int SESSIONS_PER_BATCH = 40;

    private CorpusProject() {
    }

    /** Writes the bundled Conversational Model codebook into a folder; returns the file. */
    public static Path codebookFile(Path folder) throws IOException {
        Path file = folder.resolve("conversational-model.yaml");
        try (InputStream in = CorpusProject.class.getResourceAsStream(CODEBOOK_RESOURCE)) {
            if (in == null) {
                throw new IOException("no " + CODEBOOK_RESOURCE + " on the class path: build with ./mvnw first");
            }
            Files.copy(in, file);
        }
        return file;
    }

    public static Codebook codebook(Path file) {
        return CodebookFiles.read(file).codebook();
    }

    /** Creates the project and fills it with the corpus; returns what the corpus is like. */
    public static CorpusShape build(Path project, Path codebookFile, CodedCorpusGenerator corpus) throws SQLException {
        try (Workbench workbench = Workbench.create(project)) {
            workbench.useCodebook(codebookFile, false);
        }
        CorpusShape shape = new CorpusShape();
        try (ProjectStore store = ProjectStore.open(project, ProjectStore.Access.READ_WRITE);
             Connection connection = CodingRows.connect(project)) {
            List<Transcript> transcripts = new ArrayList<>(SESSIONS_PER_BATCH);
            List<Coding> codings = new ArrayList<>();
            for (CodedCorpusGenerator.Session session : corpus) {
                shape.add(session);
                transcripts.add(session.transcript());
                codings.addAll(session.codings());
                if (transcripts.size() == SESSIONS_PER_BATCH) {
                    store(store, connection, transcripts, codings);
                }
            }
            store(store, connection, transcripts, codings);
        }
        return shape;
    }

    private static void store(ProjectStore store, Connection connection, List<Transcript> transcripts,
                              List<Coding> codings) throws SQLException {
        if (transcripts.isEmpty()) {
            return;
        }
        store.addTranscripts(transcripts);
        CodingRows.insert(connection, codings);
        transcripts.clear();
        codings.clear();
    }
}
