package org.attune.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.attune.model.AttuneException;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectCounts;
import org.attune.store.ProjectStore;
import org.attune.transcript.TranscriptFormat;

/**
 * The use cases of Attune on one open project: the single door through which the command line
 * and the window reach the project file, the readers and the rest of the core.
 *
 * <p>A workbench opened for writing holds the project's lock until it is closed. Not thread-safe.
 */
public final class Workbench implements AutoCloseable {

    /** The transcript formats that can be imported, by the names --format takes. */
    public static final List<String> TRANSCRIPT_FORMATS =
            Arrays.stream(TranscriptFormat.values()).map(TranscriptFormat::label).toList();

    private final ProjectStore store;
    private final Clock clock;

    private Workbench(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Creates a new project and opens it for writing. */
    public static Workbench create(Path project) {
        return new Workbench(ProjectStore.create(project), Clock.systemUTC());
    }

    /** Opens a project for reading and writing; fails when another process has it open for writing. */
    public static Workbench open(Path project) {
        return new Workbench(ProjectStore.open(project, ProjectStore.Access.READ_WRITE), Clock.systemUTC());
    }

    /** Opens a project for reading only; works while another process has it open. */
    public static Workbench openReadOnly(Path project) {
        return new Workbench(ProjectStore.open(project, ProjectStore.Access.READ_ONLY), Clock.systemUTC());
    }

    /** The project file a user means: the path as given, with ".attune" added when it has no such ending. */
    public static Path projectPath(String given) {
        String path = given.strip();
        if (path.isEmpty()) {
            throw new AttuneException("no project given: expected a file such as study.attune");
        }
        return Path.of(path.endsWith(ProjectStore.EXTENSION) ? path : path + ProjectStore.EXTENSION);
    }

    public Path path() {
        return store.path();
    }

    public ProjectSummary summary() {
        ProjectCounts counts = store.counts();
        return new ProjectSummary(store.path(), store.schemaVersion(), counts.transcripts(), counts.turns(),
                counts.coders(), counts.codings(), null);
    }

    public List<TranscriptSummary> transcripts() {
        return store.transcripts();
    }

    /**
     * A transcript with its turns.
     *
     * @throws AttuneException when the project has no transcript of that name
     */
    public Transcript transcript(String name) {
        return store.transcript(name).orElseThrow(() -> noSuchTranscript(name));
    }

    /**
     * Imports transcript files: all of them or, when any cannot be read or stored, none. Files whose
     * content the project already has are skipped and reported.
     */
    public ImportReport importFiles(List<Path> files, ImportOptions options, Progress progress) {
        return new TranscriptImport(store, clock).run(files, options, progress);
    }

    private AttuneException noSuchTranscript(String name) {
        List<String> names = store.transcripts().stream().map(TranscriptSummary::name).toList();
        String known = names.isEmpty() ? "it has no transcripts yet"
                : "it has " + String.join(", ", names.size() <= 12 ? names : names.subList(0, 12))
                        + (names.size() > 12 ? " and " + (names.size() - 12) + " more" : "");
        return new AttuneException("no transcript named '" + name + "' in " + store.path().getFileName() + "; " + known);
    }

    @Override
    public void close() {
        store.close();
    }
}
