package org.attune.workbench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attune.codebook.QdcCodebook;
import org.attune.codebook.ReadCodebook;
import org.attune.exchange.QdpxContent;
import org.attune.exchange.QdpxReader;
import org.attune.exchange.QdpxSelection;
import org.attune.exchange.QdpxSource;
import org.attune.exchange.QdpxUser;
import org.attune.exchange.QdpxVariable;
import org.attune.exchange.SourceTurn;
import org.attune.exchange.SourceTurns;
import org.attune.exchange.TranscriptLayout;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.store.ProjectStore;
import org.attune.transcript.ContentHash;
import org.attune.transcript.LineLabels;
import org.attune.transcript.SpeakerRoles;

/**
 * Makes a new project of a REFI-QDA project (.qdpx): the codebook, each text source as a
 * transcript (turns taken from Attune's own layout, or found from speaker labels, or one per
 * paragraph), and each selection's codings on the turns it covers, by the user who made them.
 * Everything is read and checked before the project file is made; what could not be kept is
 * reported, and a file that cannot be read leaves nothing behind.
 */
final class QdpxImport {

    /** How a scale coding's level is written in its selection's description. */
    static final String LEVEL = "Level: ";
    /** The coder of selections whose file names no user. */
    static final String NO_USER = "imported";

    private final Clock clock;

    QdpxImport(Clock clock) {
        this.clock = clock;
    }

    /** Everything read and checked, before anything is written. */
    /**
     * @param packCoder for a pack Attune wrote as .qdpx, the coder it is for; else null
     */
    /** @param codingsLeftOut of {@code discarded}, the lines about codings that could not be kept */
    record Read(Codebook codebook, List<Transcript> transcripts, List<Coding> codings, List<String> discarded, String packCoder,
                List<String> codingsLeftOut) {
    }

    QdpxImportReport importProject(Path file, Path out, SpeakerRoles roles) {
        if (Files.exists(out)) {
            throw new AttuneException(out + " already exists: import-project makes a new project");
        }
        Read read = read(file, roles);
        ProjectFiles.createWhole(out, store -> {
            if (read.codebook() != null) {
                new CodebookEditor(store, clock).adopt(read.codebook(), "from " + file.getFileName());
            }
            store.addTranscripts(read.transcripts());
            return store.edit(edit -> {
                read.codings().forEach(edit::putCoding);
                return null;
            });
        });
        Set<String> coders = new java.util.LinkedHashSet<>();
        read.codings().forEach(c -> coders.add(c.coder()));
        return new QdpxImportReport(out, read.transcripts().size(), read.codings().size(), List.copyOf(coders),
                read.codebook() == null ? 0 : read.codebook().codes().size(), read.discarded());
    }

    Read read(Path file, SpeakerRoles roles) {
        String fileName = file.getFileName().toString();
        QdpxContent content = QdpxReader.read(file);
        List<String> discarded = new ArrayList<>(content.discarded());
        ReadCodebook codebook = null;
        if (content.hasCodeBook()) {
            codebook = QdcCodebook.read(fileName + " (" + content.qdeName() + ")", content.qde());
            codebook.discarded().forEach(d -> discarded.add("codebook: " + d));
            if (codebook.codebook().groups().isEmpty()) {
                codebook = null;
            }
        }
        Map<String, String> coders = coders(content.project().users());
        Instant now = clock.instant();
        List<Transcript> transcripts = new ArrayList<>();
        List<Coding> codings = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, String> hashes = new HashMap<>();
        Map<String, Integer> dropped = new TreeMap<>();
        List<String> codingsLeftOut = new ArrayList<>();
        for (QdpxSource source : content.project().sources()) {
            Optional<SourceTurns> exact = TranscriptLayout.read(source.text(), source.description());
            SourceTurns found = exact.orElseGet(() -> SourceTurns.byLabels(source.text(), QdpxImport::labels));
            if (found.turns().isEmpty()) {
                (source.selections().isEmpty() ? discarded : codingsLeftOut).add("source '" + source.name() + "' has no text: left out"
                        + (source.selections().isEmpty() ? "" : " with its " + source.selections().size() + " codings"));
                continue;
            }
            if (exact.isEmpty() && !found.labelled()) {
                discarded.add("source '" + source.name() + "' has no speaker labels: each paragraph is a turn of speaker '"
                        + SourceTurns.UNLABELLED + "'");
            }
            Map<String, Role> stated = TranscriptLayout.roles(source.description());
            List<Turn> turns = new ArrayList<>();
            for (SourceTurn t : found.turns()) {
                Role role = stated.containsKey(t.speaker()) ? stated.get(t.speaker())
                        : t.speaker().equals(SourceTurns.UNLABELLED) ? Role.OTHER : roles.roleOf(t.speaker(), null);
                turns.add(new Turn(turns.size() + 1, t.speaker(), role, t.startMs(), t.endMs(), t.text()));
            }
            String hash = ContentHash.of(turns);
            if (hashes.containsKey(hash)) {
                discarded.add("source '" + source.name() + "' has the same turns as '" + hashes.get(hash) + "': left out");
                continue;
            }
            String name = unique(source.name().strip(), names);
            hashes.put(hash, name);
            String[] origin = origin(source, fileName);
            Transcript transcript = new Transcript(name, origin[0], origin[1], hash, now, session(source), turns);
            transcripts.add(transcript);
            Set<String> seen = new HashSet<>();
            int first = codings.size();
            for (QdpxSelection selection : source.selections()) {
                String why = coding(selection, transcript, found, codebook, coders, codings, seen, now);
                if (why != null) {
                    dropped.merge(why, 1, Integer::sum);
                }
            }
            if (codebook != null) {
                List<Coding> rivals = exclusiveRivals(codebook.codebook(), codings.subList(first, codings.size()));
                codings.removeAll(rivals);
                rivals.forEach(r -> dropped.merge("another code of the same exclusive group on the same turn by the same user, "
                        + "changed later, was kept", 1, Integer::sum));
            }
        }
        if (codebook == null && content.project().sources().stream().anyMatch(s -> !s.selections().isEmpty())) {
            codingsLeftOut.add("the project has no codebook, so none of its codings could be kept");
        }
        dropped.forEach((why, count) -> codingsLeftOut.add(count + (count == 1 ? " coding " : " codings ") + "left out: " + why));
        discarded.addAll(codingsLeftOut);
        String description = content.project().description().strip();
        String packCoder = description.startsWith(PackWork.QDPX_PACK) ? description.substring(PackWork.QDPX_PACK.length()).strip() : null;
        return new Read(codebook == null ? null : codebook.codebook(), transcripts, codings, discarded,
                packCoder == null || packCoder.isEmpty() ? null : packCoder, codingsLeftOut);
    }

    /** Makes one coding of a selection, or says why it cannot be one. */
    private String coding(QdpxSelection selection, Transcript transcript, SourceTurns turns, ReadCodebook codebook,
                          Map<String, String> coders, List<Coding> codings, Set<String> seen, Instant now) {
        if (codebook == null) {
            return "no codebook";
        }
        String codeId = codebook.codeId(selection.codeGuid()).orElse(null);
        if (codeId == null) {
            return "the code they refer to is not a codable code of the codebook";
        }
        Span span = turns.span(selection.start(), selection.end());
        if (span == null) {
            return "they cover only speaker labels, times or white space, no turn's text";
        }
        Code code = codebook.codebook().code(codeId).orElseThrow();
        BigDecimal value = value(selection.description(), code);
        if (code.isScale() && value == null) {
            return "scale code without a level (" + code.name() + ")";
        }
        String coder = selection.userGuid() == null ? NO_USER : coders.getOrDefault(selection.userGuid(), NO_USER);
        Instant created = selection.created() != null ? selection.created() : now;
        Instant updated = selection.modified() != null && selection.modified().isAfter(created) ? selection.modified() : created;
        Coding coding = new Coding(coder, transcript.name(), codeId, span, value, selection.memo(), created, updated);
        Optional<String> problem = CodingRules.problem(codebook.codebook(), coding, transcript);
        if (problem.isPresent()) {
            return problem.get();
        }
        if (!seen.add(coder + "\n" + codeId + "\n" + span)) {
            return "the same code on the same text by the same user twice";
        }
        codings.add(coding);
        return null;
    }

    /**
     * Of one source's codings, those a key press would not have left: of codes of one exclusive group on a turn
     * by one user, all but the latest changed (the first of those changed at the same moment).
     */
    private static List<Coding> exclusiveRivals(Codebook codebook, List<Coding> codings) {
        Map<String, Coding> units = new HashMap<>();
        Set<Coding> losers = new java.util.LinkedHashSet<>();
        for (Coding c : codings) {
            org.attune.model.CodeGroup group = codebook.groupOf(c.codeId()).orElseThrow();
            if (!group.exclusive()) {
                continue;
            }
            for (int t = c.span().startTurn(); t <= c.span().endTurn() && !losers.contains(c); t++) {
                String unit = c.coder() + "\n" + t + "\n" + group.id();
                Coding other = units.get(unit);
                if (other == null || losers.contains(other)) {
                    units.put(unit, c);
                } else if (!other.codeId().equals(c.codeId())) {
                    if (c.updated().isAfter(other.updated())) {
                        losers.add(other);
                        units.put(unit, c);
                    } else {
                        losers.add(c);
                    }
                }
            }
        }
        return List.copyOf(losers);
    }

    /** A scale level Attune wrote in the description: "Level: 3 = Moderate". */
    private static BigDecimal value(String description, Code code) {
        if (!code.isScale() || !description.startsWith(LEVEL)) {
            return null;
        }
        String text = description.substring(LEVEL.length()).split(" = ", 2)[0].strip();
        BigDecimal value = org.attune.model.LevelValue.parse(text).orElse(null);
        return value != null && code.level(value).isPresent() ? value : null;
    }

    private static List<SourceTurns.LineLabel> labels(List<String> lines) {
        return LineLabels.of(lines).stream()
                .map(l -> l == null ? null : new SourceTurns.LineLabel(l.speaker(), l.startMs(), l.endMs(), l.textStart()))
                .toList();
    }

    /** Users by GUID to coder names: their names, or a name made from the GUID when two share one or a name is missing. */
    private static Map<String, String> coders(List<QdpxUser> users) {
        Map<String, String> byGuid = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (QdpxUser user : users) {
            if (user.guid() == null) {
                continue;
            }
            String name = user.name().strip();
            if (name.isEmpty() || !taken.add(name.toLowerCase(Locale.ROOT))) {
                name = (name.isEmpty() ? "user" : name) + "-" + user.guid().substring(0, Math.min(8, user.guid().length()));
                taken.add(name.toLowerCase(Locale.ROOT));
            }
            byGuid.put(user.guid(), name);
        }
        return byGuid;
    }

    private static String unique(String name, Set<String> names) {
        String base = name.isEmpty() ? "source" : name;
        String candidate = base;
        for (int n = 2; !names.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }

    /** The file and format a transcript came from before, as Attune wrote them in the description; else the .qdpx. */
    private static String[] origin(QdpxSource source, String fileName) {
        for (String line : source.description().split("\n")) {
            if (line.startsWith("Imported from: ") && line.endsWith(")")) {
                String from = line.substring("Imported from: ".length(), line.length() - 1);
                int paren = from.lastIndexOf(" (");
                if (paren > 0) {
                    return new String[] {from.substring(0, paren), from.substring(paren + 2)};
                }
            }
        }
        return new String[] {fileName, "qdpx"};
    }

    private static SessionInfo session(QdpxSource source) {
        String dyad = null;
        Integer session = null;
        LocalDate date = null;
        for (QdpxVariable variable : source.variables()) {
            String value = variable.value().strip();
            switch (variable.name().strip().toLowerCase(Locale.ROOT)) {
                case "dyad", "client", "case" -> dyad = value.isEmpty() ? null : value;
                case "session" -> {
                    try {
                        int n = Integer.parseInt(value);
                        session = n >= 1 ? n : null;
                    } catch (NumberFormatException e) {
                        // not a session number: left unknown
                    }
                }
                case "date" -> {
                    try {
                        date = LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
                    } catch (java.time.format.DateTimeParseException e) {
                        // not a date: left unknown
                    }
                }
                default -> {
                    // other variables have no place in a transcript
                }
            }
        }
        return new SessionInfo(dyad, session, date);
    }
}
