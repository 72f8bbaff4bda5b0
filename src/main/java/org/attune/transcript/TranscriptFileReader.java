package org.attune.transcript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.attune.io.InputFile;
import org.attune.io.UnreadableFileException;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.model.Turn;

/**
 * Reads a transcript file of any supported format into a {@link Transcript}: checks its size,
 * detects its format, reads its turns, settles the speakers' roles, and takes the dyad, session
 * and date from the settings or else from the file name. It never touches a project.
 */
public final class TranscriptFileReader {

    /** The largest file read: a three-hour session is a few megabytes; anything near this is a mistake. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    /**
     * How to read a file.
     *
     * @param format the format, or null to detect it
     * @param roles how speakers map to roles
     * @param session dyad, session and date given by the user; parts left null come from the file name
     * @param name the transcript's name, or null for the file name without its extension
     */
    public record Settings(TranscriptFormat format, SpeakerRoles roles, SessionInfo session, String name) {

        public static Settings defaults() {
            return new Settings(null, SpeakerRoles.byCommonLabels(), SessionInfo.UNKNOWN, null);
        }
    }

    /**
     * A file read.
     *
     * @param file the file
     * @param format the format it was read as
     * @param transcript its transcript, without the turns
     * @param speakers each role's speakers, in order of first appearance
     * @param warnings what was read leniently
     */
    public record Result(Path file, TranscriptFormat format, TranscriptSummary transcript, Map<Role, Set<String>> speakers,
                         List<String> warnings) {
    }

    /** A file read whole: what {@link Result} says, and the transcript with its turns. */
    public record Whole(Result result, Transcript transcript) {

        public TranscriptFormat format() {
            return result.format();
        }

        public Map<Role, Set<String>> speakers() {
            return result.speakers();
        }

        public List<String> warnings() {
            return result.warnings();
        }
    }

    private TranscriptFileReader() {
    }

    /** The name the transcript of a file will have: the one given, or the file name without its extension. */
    public static String nameOf(Path file, Settings settings) {
        return settings.name() != null ? settings.name().strip() : baseName(file.getFileName().toString());
    }

    /** Reads a file and keeps its turns. */
    public static Whole readWhole(Path file, Settings settings, Instant importedAt) {
        List<Turn> turns = new ArrayList<>();
        Result result = read(file, settings, importedAt, turns::add);
        TranscriptSummary t = result.transcript();
        return new Whole(result, new Transcript(t.name(), t.sourceFile(), t.sourceFormat(), t.contentHash(), t.importedAt(),
                t.session(), turns));
    }

    /**
     * Reads a file, handing each turn to {@code sink} as soon as it is read, numbered from 1 and
     * with its role settled.
     *
     * @throws TranscriptFormatException when the file cannot be read; turns handed over before it are to be thrown away
     */
    public static Result read(Path file, Settings settings, Instant importedAt, Consumer<Turn> sink) {
        String fileName = file.getFileName().toString();
        byte[] content = content(file, fileName);
        TranscriptFormat format = settings.format() != null ? settings.format() : FormatDetector.detect(fileName, content);

        record Speaker(String name, Role statedInFile) {
        }
        Map<Speaker, Role> roles = new HashMap<>();
        Map<Role, Set<String>> speakers = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            speakers.put(role, new LinkedHashSet<>());
        }
        ContentHash hash = new ContentHash();
        int[] count = {0};
        List<String> warnings = new ArrayList<>(read(fileName, content, format, settings.format() == null, u -> {
            Role role = roles.computeIfAbsent(new Speaker(u.speaker(), u.roleHint()),
                    s -> settings.roles().roleOf(s.name(), s.statedInFile()));
            speakers.get(role).add(u.speaker());
            Turn turn = new Turn(++count[0], u.speaker(), role, u.startMs(), u.endMs(), u.text());
            hash.add(turn);
            sink.accept(turn);
        }));

        if (!speakers.get(Role.OTHER).isEmpty()) {
            warnings.add(fileName + ": " + String.join(", ", new TreeSet<>(speakers.get(Role.OTHER)))
                    + (speakers.get(Role.OTHER).size() == 1 ? " is" : " are")
                    + " neither therapist nor client (stored as other); name them as therapist or client");
        }
        SessionInfo session = FileNameSessionInfo.parse(baseName(fileName)).overriddenBy(settings.session());
        TranscriptSummary transcript = new TranscriptSummary(nameOf(file, settings), fileName, format.label(), hash.value(),
                importedAt, session, count[0]);
        speakers.replaceAll((role, names) -> Collections.unmodifiableSet(names));
        return new Result(file, format, transcript, Collections.unmodifiableMap(speakers), List.copyOf(warnings));
    }

    private static List<String> read(String fileName, byte[] content, TranscriptFormat format, boolean detected,
                                     TranscriptReader.TurnSink sink) {
        try {
            return format.reader().read(fileName, content, sink);
        } catch (TranscriptFormatException e) {
            if (detected && TranscriptFormat.byExtension(fileName).isEmpty()) {
                // The extension told nothing; say so, as the user may simply have picked the wrong file.
                throw new TranscriptFormatException(fileName, null, "not a transcript format Attune knows by its name "
                        + "(txt, docx, vtt, srt, csv), and read as " + format.label()
                        + (e.location() == null ? "" : ", " + e.location()) + ": " + e.problem(), e);
            }
            throw e;
        }
    }

    private static byte[] content(Path file, String fileName) {
        if (Files.isDirectory(file)) {
            throw new TranscriptFormatException(fileName, null, "a folder, not a transcript file");
        }
        byte[] content;
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size > MAX_BYTES) {
                throw new TranscriptFormatException(fileName, null, "too large (" + humanSize(size)
                        + "): Attune reads transcripts of up to " + humanSize(MAX_BYTES) + "; is this the right file?");
            }
            content = InputFile.read(file, MAX_BYTES);
        } catch (java.io.IOException e) {
            throw new TranscriptFormatException(file.toString(), null, "cannot be read: " + e.getMessage(), e);
        } catch (UnreadableFileException e) {
            throw new TranscriptFormatException(Files.exists(file) ? fileName : file.toString(), null, e.getMessage(), e);
        }
        if (content.length == 0) {
            throw new TranscriptFormatException(fileName, null, "empty: expected a transcript");
        }
        return content;
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String humanSize(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }
}
