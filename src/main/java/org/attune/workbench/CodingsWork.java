package org.attune.workbench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.exchange.CodingRow;
import org.attune.exchange.CodingsTable;
import org.attune.io.InputFile;
import org.attune.io.UnreadableFileException;
import org.attune.io.TextDecoding;
import org.attune.io.UnreadableTextException;
import org.attune.model.AttuneException;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.TurnStretch;
import org.attune.store.ProjectEdit;
import org.attune.store.ProjectStore;

/**
 * The codings' use cases: apply and remove a code, import and export the long codings table.
 * Every coding keeps the rules of {@link CodingRules}; applying a code of an exclusive group
 * replaces the same coder's other code of that group on those turns.
 */
final class CodingsWork {

    private final ProjectStore store;
    private final CodebookEditor codebooks;
    private final Clock clock;

    CodingsWork(ProjectStore store, CodebookEditor codebooks, Clock clock) {
        this.store = store;
        this.codebooks = codebooks;
        this.clock = clock;
    }

    CodingChange apply(String coder, String transcriptName, String codeIdOrName, Span span, BigDecimal value, String memo) {
        Codebook codebook = codebooks.require();
        // Only the span's turns: a key costs the same in a long transcript as in a short one.
        TurnStretch turns = turns(transcriptName, span);
        Code code = codebook.findCode(codeIdOrName).orElseThrow(() -> new AttuneException("no code '" + codeIdOrName
                + "' in the codebook"));
        Instant now = clock.instant();
        Coding coding = new Coding(coderName(coder), turns.transcript().name(), code.id(), span, value, memo, now, now);
        CodingRules.problem(codebook, coding, turns).ifPresent(problem -> {
            throw new AttuneException(problem);
        });
        List<Coding> replaced = store.edit(edit -> put(edit, codebook, coding));
        return new CodingChange(coding, replaced);
    }

    boolean remove(String coder, String transcriptName, String codeId, Span span) {
        Instant now = clock.instant();
        return store.edit(edit -> edit.removeCoding(new Coding(coder, transcriptName, codeId, span, null, null, now, now)));
    }

    /** Puts a coding, first removing the coder's other codes of an exclusive group on its turns; returns those. */
    static List<Coding> put(ProjectEdit edit, Codebook codebook, Coding coding) {
        CodeGroup group = codebook.groupOf(coding.codeId()).orElseThrow();
        List<Coding> replaced = new ArrayList<>();
        if (group.exclusive()) {
            Set<Coding> seen = new LinkedHashSet<>();
            for (int t = coding.span().startTurn(); t <= coding.span().endTurn(); t++) {
                seen.addAll(edit.codingsOnTurn(coding.coder(), coding.transcript(), t));
            }
            for (Coding other : seen) {
                boolean sameGroup = group.codes().stream().anyMatch(c -> c.id().equals(other.codeId()));
                if (sameGroup && !other.codeId().equals(coding.codeId())) {
                    edit.removeCoding(other);
                    replaced.add(other);
                }
            }
        }
        edit.putCoding(coding);
        return replaced;
    }

    CodingsImportReport importTable(Path file) {
        String name = file.getFileName().toString();
        List<CodingRow> rows = read(file);
        Codebook codebook = codebooks.require();
        Map<String, Transcript> transcripts = new HashMap<>();
        Instant now = clock.instant();
        List<Coding> codings = new ArrayList<>(rows.size());
        Map<String, CodingRow> exclusiveUnits = new HashMap<>();
        Map<String, CodingRow> identities = new HashMap<>();
        for (CodingRow row : rows) {
            String at = name + ", line " + row.line();
            Transcript transcript = transcripts.computeIfAbsent(row.transcript(), n -> store.transcript(n).orElse(null));
            if (transcript == null) {
                throw new AttuneException(at + ": no transcript named '" + row.transcript() + "' in " + store.path().getFileName());
            }
            Code code = codebook.findCode(row.code()).orElseThrow(() -> new AttuneException(at + ": no code '" + row.code()
                    + "' in the codebook (give its id, as in 'attune codebook show')"));
            Coding coding = new Coding(coderName(row.coder()), transcript.name(), code.id(), span(at, row, transcript),
                    value(at, row), row.memo(), now, now);
            Optional<String> problem = CodingRules.problem(codebook, coding, transcript);
            if (problem.isPresent()) {
                throw new AttuneException(at + ": " + problem.get());
            }
            String identity = coding.coder() + "\u0000" + coding.transcript() + "\u0000" + coding.codeId() + "\u0000" + coding.span();
            CodingRow same = identities.putIfAbsent(identity, row);
            if (same != null) {
                throw new AttuneException(at + ": repeats line " + same.line() + " (the same coder, code and text)");
            }
            CodeGroup group = codebook.groupOf(code.id()).orElseThrow();
            if (group.exclusive()) {
                for (int t = coding.span().startTurn(); t <= coding.span().endTurn(); t++) {
                    String unit = coding.coder() + "\u0000" + coding.transcript() + "\u0000" + t + "\u0000" + group.id();
                    CodingRow other = exclusiveUnits.putIfAbsent(unit, row);
                    if (other != null) {
                        throw new AttuneException(at + ": " + coding.coder() + " has '" + other.code() + "' (line "
                                + other.line() + ") and '" + row.code() + "' on turn " + t + " of " + coding.transcript()
                                + ", and group '" + group.id() + "' is exclusive: at most one of its codes per turn");
                    }
                }
            }
            codings.add(coding);
        }
        Set<String> coders = new LinkedHashSet<>();
        codings.forEach(c -> coders.add(c.coder()));
        Map<String, Coding> existing = new HashMap<>();
        for (Coding c : store.codings()) {
            existing.put(c.coder() + "\u0000" + c.transcript() + "\u0000" + c.codeId() + "\u0000" + c.span(), c);
        }
        int[] counts = new int[4];
        store.edit(edit -> {
            for (Coding coding : codings) {
                Coding before = existing.get(coding.coder() + "\u0000" + coding.transcript() + "\u0000" + coding.codeId()
                        + "\u0000" + coding.span());
                if (before == null) {
                    counts[0]++;
                } else if (sameValue(before.value(), coding.value()) && java.util.Objects.equals(before.memo(), coding.memo())) {
                    counts[2]++;
                    continue;
                } else {
                    counts[1]++;
                }
                Coding stored = before == null ? coding : new Coding(coding.coder(), coding.transcript(), coding.codeId(),
                        coding.span(), coding.value(), coding.memo(), before.created(), now);
                counts[3] += put(edit, codebook, stored).size();
            }
            return null;
        });
        return new CodingsImportReport(rows.size(), counts[0], counts[1], counts[2], counts[3], List.copyOf(coders),
                transcripts.values().stream().map(Transcript::name).sorted().toList());
    }

    /** Writes the codings table (all coders, or one) as .csv or .xlsx; returns how many rows. */
    int exportTable(Path out, String coder) {
        return exportTable(out, coder, c -> true);
    }

    /** As {@link #exportTable(Path, String)}, only the codings {@code seen} lets through. */
    int exportTable(Path out, String coder, java.util.function.Predicate<Coding> seen) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new AttuneException(out.getFileName() + ": codings are exported as .csv or .xlsx");
        }
        List<Coding> codings = coder == null ? store.codings() : store.codingsOfCoder(coder);
        if (coder != null && codings.isEmpty() && store.coders().stream().noneMatch(c -> c.name().equals(coder))) {
            throw new AttuneException("no coder named '" + coder + "' in " + store.path().getFileName());
        }
        codings = codings.stream().filter(seen).toList();
        Map<String, Transcript> transcripts = new HashMap<>();
        List<CodingRow> rows = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            Transcript t = transcripts.computeIfAbsent(c.transcript(), n -> store.transcript(n).orElseThrow());
            Span s = c.span();
            boolean wholeTurn = s.isWholeTurn(t.turn(s.startTurn()).codePoints());
            boolean toTurnEnd = s.endOffset() == Math.max(1, t.turn(s.endTurn()).codePoints());
            rows.add(new CodingRow(c.coder(), c.transcript(), s.startTurn(), c.codeId(),
                    c.value() == null ? null : c.value().toPlainString(),
                    wholeTurn || s.startOffset() == 0 && toTurnEnd ? null : s.startOffset(),
                    wholeTurn || toTurnEnd ? null : s.endOffset(),
                    s.endTurn() == s.startTurn() ? null : s.endTurn(), c.memo(), t.text(s), 0));
        }
        byte[] bytes = name.endsWith(".csv") ? CodingsTable.writeCsv(rows) : CodingsTable.writeXlsx(rows);
        try {
            org.attune.io.AtomicFile.write(out, o -> o.write(bytes));
        } catch (IOException e) {
            throw new AttuneException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return rows.size();
    }

    private List<CodingRow> read(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] content = InputFile.read(file, InputFile.TABLE_LIMIT);
            if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                return CodingsTable.readXlsx(name, content);
            }
            return CodingsTable.readCsv(name, TextDecoding.decode(content).text());
        } catch (UnreadableTextException e) {
            throw new AttuneException(name + (e.line() == 0 ? "" : ", line " + e.line()) + ": " + e.getMessage());
        } catch (UnreadableFileException e) {
            throw new AttuneException(file + ": " + e.getMessage(), e);
        }
    }

    private static Span span(String at, CodingRow row, Transcript transcript) {
        int turns = transcript.turns().size();
        int endTurn = row.endTurn() == null ? row.turn() : row.endTurn();
        if (row.turn() > turns || endTurn > turns) {
            throw new AttuneException(at + ": " + transcript.name() + " has turns 1 to " + turns + ", not "
                    + Math.max(row.turn(), endTurn));
        }
        if (endTurn < row.turn()) {
            throw new AttuneException(at + ": end_turn " + endTurn + " is before turn " + row.turn());
        }
        int start = row.start() == null ? 0 : row.start();
        int end = row.end() == null ? Math.max(1, transcript.turn(endTurn).codePoints()) : row.end();
        try {
            return new Span(row.turn(), start, endTurn, end);
        } catch (IllegalArgumentException e) {
            throw new AttuneException(at + ": start " + start + " and end " + end + " make no stretch of text: "
                    + "the end must come after the start");
        }
    }

    private static BigDecimal value(String at, CodingRow row) {
        if (row.value() == null) {
            return null;
        }
        return org.attune.model.LevelValue.parse(row.value()).orElseThrow(() -> new AttuneException(at
                + ", column 'value': expected a number (a scale level, as 4 or 2.5), found "
                + org.attune.model.LevelValue.quoted(row.value())));
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String coderName(String coder) {
        if (coder == null || coder.isBlank()) {
            throw new AttuneException("a coding needs a coder");
        }
        return coder.strip();
    }

    private TurnStretch turns(String name, Span span) {
        return store.turns(name, span.startTurn(), span.endTurn()).orElseThrow(() -> new AttuneException("no transcript named '"
                + name + "' in " + store.path().getFileName()));
    }
}
