package org.attune.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attune.model.AttuneException;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;
import org.attune.store.TranscriptWriter;
import org.attune.transcript.SpeakerRoles;
import org.attune.transcript.TranscriptFileReader;
import org.attune.transcript.TranscriptFormat;

/**
 * The import use case. All files go in one transaction, so that a failure anywhere leaves the
 * project as it was. Each file is read on a thread of its own while this one stores its turns as
 * they come, which on two cores nearly halves the time of a large import. A transcript whose
 * content the project already has is discarded once its hash is known, and reported as skipped.
 */
final class TranscriptImport {

    private final ProjectStore store;
    private final Clock clock;

    TranscriptImport(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    ImportReport run(List<Path> files, ImportOptions options, Progress progress) {
        options.check(files.size());
        TranscriptFileReader.Settings settings = settings(options);
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "attune-import-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return store.writeTranscripts(writer -> new Batch(writer, settings, reader, progress).importAll(files));
        } finally {
            reader.shutdownNow();
            progress.finished();
        }
    }

    private static TranscriptFileReader.Settings settings(ImportOptions options) {
        // The options were checked when they were made: the roles and the format are known to be good.
        SpeakerRoles roles = new SpeakerRoles(options.therapists(), options.clients());
        TranscriptFormat format = options.format() == null ? null : TranscriptFormat.fromLabel(options.format());
        return new TranscriptFileReader.Settings(format, roles,
                new SessionInfo(options.dyad(), options.session(), options.date()), options.name());
    }

    /** One import's files, inside its transaction. */
    private final class Batch {

        private final TranscriptWriter writer;
        private final TranscriptFileReader.Settings settings;
        private final ExecutorService reader;
        private final Progress progress;
        private final Instant now = clock.instant();
        private final Map<String, String> hashes = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Set<String> speakersSeen = new LinkedHashSet<>();
        private final List<ImportReport.FileOutcome> outcomes = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Batch(TranscriptWriter writer, TranscriptFileReader.Settings settings, ExecutorService reader, Progress progress) {
            this.writer = writer;
            this.settings = settings;
            this.reader = reader;
            this.progress = progress;
        }

        ImportReport importAll(List<Path> files) {
            for (int i = 0; i < files.size(); i++) {
                progress.update(i, files.size(), "importing " + files.get(i).getFileName());
                importFile(files.get(i));
            }
            Set<String> unused = new TreeSet<>(settings.roles().namesGiven());
            unused.removeAll(speakersSeen);
            if (!unused.isEmpty()) {
                warnings.add("no speaker in these files is called " + String.join(", ", unused)
                        + " (names given as therapist or client)");
            }
            progress.update(files.size(), files.size(), "saving");
            return new ImportReport(outcomes, warnings);
        }

        private void importFile(Path file) {
            String fileName = file.getFileName().toString();
            String name = TranscriptFileReader.nameOf(file, settings);
            // A name already taken can still be the same content, to be skipped: read it, store nothing.
            boolean nameTaken = names.containsKey(name) || store.transcriptSummary(name).isPresent();
            TranscriptFileReader.Result result;
            if (nameTaken) {
                result = TranscriptFileReader.read(file, settings, now, turn -> { });
            } else {
                writer.begin(name, fileName, now);
                result = readWhileStoring(file);
            }
            TranscriptSummary transcript = result.transcript();
            result.speakers().values().forEach(speakers -> speakers.forEach(s -> speakersSeen.add(SpeakerRoles.normalise(s))));

            Optional<String> existing = store.transcriptWithHash(transcript.contentHash())
                    .or(() -> Optional.ofNullable(hashes.get(transcript.contentHash())));
            if (existing.isPresent()) {
                if (!nameTaken) {
                    writer.discard();
                }
                outcomes.add(outcome(result, existing.get(), ImportReport.Status.SKIPPED_DUPLICATE));
                return;
            }
            if (names.containsKey(name)) {
                throw new AttuneException(fileName + ": " + names.get(name)
                        + " in this import also makes a transcript named '" + name + "'; rename one of them");
            }
            if (nameTaken) {
                throw new InputException(Input.TRANSCRIPT_NAME, fileName + ": the project already has a different transcript named '"
                        + name + "'; import this one under another name");
            }
            writer.finish(transcript);
            hashes.put(transcript.contentHash(), name);
            names.put(name, fileName);
            warnings.addAll(result.warnings());
            outcomes.add(outcome(result, name, ImportReport.Status.IMPORTED));
        }

        /** Reads a file on the reader thread and stores its turns on this one as they come. */
        private TranscriptFileReader.Result readWhileStoring(Path file) {
            TurnPipe pipe = new TurnPipe();
            Future<TranscriptFileReader.Result> reading = reader.submit(() -> {
                try {
                    return TranscriptFileReader.read(file, settings, now, pipe);
                } finally {
                    pipe.close();
                }
            });
            try {
                pipe.drainTo(writer::addAll);
                return reading.get();
            } catch (ExecutionException e) {
                throw unwrap(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AttuneException("the import was interrupted");
            } catch (RuntimeException e) {
                pipe.abandon();
                reading.cancel(true);
                throw e;
            }
        }

        private static RuntimeException unwrap(Throwable cause) {
            if (cause instanceof RuntimeException runtime && !(cause instanceof CancellationException)) {
                return runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new AttuneException("reading failed: " + cause, cause);
        }
    }

    private static ImportReport.FileOutcome outcome(TranscriptFileReader.Result result, String transcript,
                                                    ImportReport.Status status) {
        Map<Role, Set<String>> speakers = result.speakers();
        return new ImportReport.FileOutcome(result.file().toString(), result.format().label(), transcript, status,
                result.transcript().turnCount(), speakers.get(Role.THERAPIST), speakers.get(Role.CLIENT),
                speakers.get(Role.OTHER));
    }
}
