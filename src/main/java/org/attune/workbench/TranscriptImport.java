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
import org.attune.model.AttuneException;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Transcript;
import org.attune.store.ProjectStore;
import org.attune.transcript.SpeakerRoles;
import org.attune.transcript.TranscriptFileReader;
import org.attune.transcript.TranscriptFormat;

/**
 * The import use case: read every file first, decide what is new, then store the new transcripts
 * in one transaction, so that a failure anywhere leaves the project as it was.
 */
final class TranscriptImport {

    private final ProjectStore store;
    private final Clock clock;

    TranscriptImport(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    ImportReport run(List<Path> files, ImportOptions options, Progress progress) {
        try {
            return importAll(files, options, progress);
        } finally {
            progress.finished();
        }
    }

    private ImportReport importAll(List<Path> files, ImportOptions options, Progress progress) {
        if (files.isEmpty()) {
            throw new AttuneException("no files to import");
        }
        if (options.name() != null && files.size() > 1) {
            throw new AttuneException("a transcript name can only be given when importing one file, not " + files.size());
        }
        SpeakerRoles roles;
        try {
            roles = new SpeakerRoles(options.therapists(), options.clients());
        } catch (IllegalArgumentException e) {
            throw new AttuneException(e.getMessage());
        }
        TranscriptFormat format = null;
        if (options.format() != null) {
            try {
                format = TranscriptFormat.fromLabel(options.format());
            } catch (IllegalArgumentException e) {
                throw new AttuneException(e.getMessage());
            }
        }
        TranscriptFileReader.Settings settings = new TranscriptFileReader.Settings(format, roles,
                new SessionInfo(options.dyad(), options.session(), options.date()), options.name());
        Instant now = clock.instant();

        List<TranscriptFileReader.Result> read = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            progress.update(i, files.size(), "reading " + files.get(i).getFileName());
            read.add(TranscriptFileReader.read(files.get(i), settings, now));
        }

        List<Transcript> toStore = new ArrayList<>();
        List<ImportReport.FileOutcome> outcomes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> hashesInThisImport = new HashMap<>();
        Map<String, String> namesInThisImport = new HashMap<>();
        Set<String> speakersSeen = new LinkedHashSet<>();
        for (TranscriptFileReader.Result result : read) {
            Transcript transcript = result.transcript();
            String file = result.file().getFileName().toString();
            result.speakers().values().forEach(names -> names.forEach(n -> speakersSeen.add(SpeakerRoles.normalise(n))));
            Optional<String> existing = store.transcriptWithHash(transcript.contentHash())
                    .or(() -> Optional.ofNullable(hashesInThisImport.get(transcript.contentHash())));
            if (existing.isPresent()) {
                outcomes.add(outcome(result, existing.get(), ImportReport.Status.SKIPPED_DUPLICATE));
                continue;
            }
            if (store.transcriptSummary(transcript.name()).isPresent()) {
                throw new AttuneException(file + ": the project already has a different transcript named '"
                        + transcript.name() + "'; import this one under another name with --name");
            }
            if (namesInThisImport.containsKey(transcript.name())) {
                throw new AttuneException(file + ": " + namesInThisImport.get(transcript.name())
                        + " in this import also makes a transcript named '" + transcript.name() + "'; rename one of them");
            }
            hashesInThisImport.put(transcript.contentHash(), transcript.name());
            namesInThisImport.put(transcript.name(), file);
            toStore.add(transcript);
            warnings.addAll(result.warnings());
            outcomes.add(outcome(result, transcript.name(), ImportReport.Status.IMPORTED));
        }
        Set<String> unused = new TreeSet<>(roles.namesGiven());
        unused.removeAll(speakersSeen);
        if (!unused.isEmpty()) {
            warnings.add("no speaker in these files is called " + String.join(", ", unused)
                    + " (names given with --therapist or --client)");
        }

        if (!toStore.isEmpty()) {
            progress.update(files.size(), files.size(), "saving " + toStore.size() + " transcripts");
            store.addTranscripts(toStore);
        }
        return new ImportReport(outcomes, warnings);
    }

    private static ImportReport.FileOutcome outcome(TranscriptFileReader.Result result, String transcript,
                                                    ImportReport.Status status) {
        Map<Role, Set<String>> speakers = result.speakers();
        return new ImportReport.FileOutcome(result.file().toString(), result.format().label(), transcript, status,
                result.transcript().turns().size(), speakers.get(Role.THERAPIST), speakers.get(Role.CLIENT),
                speakers.get(Role.OTHER));
    }
}
