package org.attune.workbench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.exchange.PseudonymTable;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.ScaleLevel;
import org.attune.model.SessionInfo;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.transcript.ContentHash;

/**
 * Replaces names in transcripts (speakers and text) by pseudonyms, and carries codings over: an
 * offset after a replaced name moves by the difference in length, and a coding that starts or
 * ends inside a name starts or ends at the replacement's edge. The transcript's name, file name
 * and dyad are pseudonymised too, and so are coders' names and memos of the codings. Names match as
 * {@link NameForms} says: whole words in either normalisation, across line breaks, in any case
 * unless the name is also a common word (then as listed or in capitals, so "will" stays "will"),
 * the longest first ("Hannah Reid" before "Hannah"). The same list applied to the same
 * transcript always gives the same text, which is how a pseudonymised pack's codings find their
 * way back ({@link #restore}).
 */
final class Pseudonyms {

    private final List<PseudonymTable.Entry> entries;
    /** The entries in the order they are tried, the longest name first ("Hannah Reid" before "Hannah"); group n&lt;i&gt; is entry i. */
    private final List<PseudonymTable.Entry> tried;
    /** For text: see {@link NameForms}. */
    private final Pattern names;
    /** For file names and ids ("zoe-s1.vtt"), where a lower-case name is still the name. */
    private final Pattern anyCase;

    Pseudonyms(List<PseudonymTable.Entry> entries) {
        this.entries = List.copyOf(entries);
        List<PseudonymTable.Entry> longestFirst = new ArrayList<>(entries);
        longestFirst.sort(Comparator.comparingInt((PseudonymTable.Entry e) -> NameForms.normal(e.name()).length()).reversed());
        this.tried = List.copyOf(longestFirst);
        names = pattern(false);
        anyCase = pattern(true);
    }

    private Pattern pattern(boolean anyCase) {
        StringBuilder alternatives = new StringBuilder();
        for (int i = 0; i < tried.size(); i++) {
            alternatives.append(i == 0 ? "" : "|").append("(?<n").append(i).append('>')
                    .append(NameForms.regex(tried.get(i).name(), anyCase)).append(')');
        }
        // An empty list matches nothing.
        return Pattern.compile(tried.isEmpty() ? "(?!)" : NameForms.word("(?:" + alternatives + ")"));
    }

    /** The entry whose name a match found. */
    private PseudonymTable.Entry entry(Matcher m) {
        for (int i = 0; i < tried.size(); i++) {
            if (m.start("n" + i) >= 0) {
                return tried.get(i);
            }
        }
        throw new IllegalStateException("a match of no name");
    }

    /** The replacement for a name as found: in capitals where the name was written in capitals ("ZOË" in a shouted line). */
    private static String replacement(PseudonymTable.Entry entry, String found) {
        boolean shouted = found.codePoints().anyMatch(Character::isUpperCase) && found.codePoints().noneMatch(Character::isLowerCase)
                && entry.name().codePoints().anyMatch(Character::isLowerCase);
        return shouted ? entry.replacement().toUpperCase(Locale.ROOT) : entry.replacement();
    }

    List<PseudonymTable.Entry> entries() {
        return entries;
    }

    /** A short fingerprint of the list, which a pack may carry without carrying the names. */
    String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(PseudonymTable.write(entries).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A transcript and its codings with the names replaced, and how often each name was. */
    record Applied(Transcript transcript, List<Coding> codings, Map<String, Integer> replaced, List<Edits> edits) {
    }

    /** Where the replacements in one turn's text lie: before and after, in code points. */
    record Edits(int[] oldStarts, int[] oldEnds, int[] newStarts, int[] newEnds) {

        static final Edits NONE = new Edits(new int[0], new int[0], new int[0], new int[0]);

        /** An offset in the old text as an offset in the new; {@code end} says which edge of a name an inside offset goes to. */
        int forward(int offset, boolean end) {
            return map(offset, end, oldStarts, oldEnds, newStarts, newEnds);
        }

        int backward(int offset, boolean end) {
            return map(offset, end, newStarts, newEnds, oldStarts, oldEnds);
        }

        private static int map(int offset, boolean end, int[] fromStarts, int[] fromEnds, int[] toStarts, int[] toEnds) {
            int shift = 0;
            for (int i = 0; i < fromStarts.length; i++) {
                if (offset <= fromStarts[i]) {
                    break;
                }
                if (offset < fromEnds[i]) {
                    return end ? toEnds[i] : toStarts[i];
                }
                shift = toEnds[i] - fromEnds[i];
            }
            return offset + shift;
        }
    }

    Applied apply(Transcript transcript, List<Coding> codings) {
        Map<String, Integer> replaced = new LinkedHashMap<>();
        List<Turn> turns = new ArrayList<>(transcript.turns().size());
        List<Edits> edits = new ArrayList<>(transcript.turns().size());
        for (Turn turn : transcript.turns()) {
            String speaker = replace(turn.speaker(), replaced, null);
            List<int[]> regions = new ArrayList<>();
            String text = replace(turn.text(), replaced, regions);
            turns.add(new Turn(turn.number(), speaker, turn.role(), turn.startMs(), turn.endMs(), text));
            edits.add(edits(regions));
        }
        // The transcript's name, file name and dyad often carry a client's name too.
        SessionInfo session = transcript.session();
        Transcript renamed = new Transcript(replaceId(transcript.name(), replaced), replaceId(transcript.sourceFile(), replaced),
                transcript.sourceFormat(), ContentHash.of(turns), transcript.importedAt(),
                new SessionInfo(session.dyad() == null ? null : replaceId(session.dyad(), replaced), session.session(),
                        session.date()), turns);
        List<Coding> moved = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            Coding there = withSpan(c, move(c.span(), edits, true, renamed));
            // A coder's name and a memo leave with the coding: a name in either is replaced too.
            moved.add(new Coding(replaceId(there.coder(), replaced), renamed.name(), there.codeId(), there.span(), there.value(),
                    there.memo() == null ? null : replace(there.memo(), replaced, null), there.created(), there.updated()));
        }
        return new Applied(renamed, moved, replaced, edits);
    }

    /**
     * A transcript and its codings as they leave the project: with the names replaced when there is
     * a list (counted into the report), as they are when there is none.
     */
    static Applied leaving(Pseudonyms list, Transcript transcript, List<Coding> codings, PseudonymReport.Builder report) {
        if (list == null) {
            return new Applied(transcript, codings, Map.of(), List.of());
        }
        Applied applied = list.apply(transcript, codings);
        report.add(applied);
        return applied;
    }

    /** A coding made on the pseudonymised text, on the original text again. */
    static Coding restore(Coding coding, List<Edits> edits, Transcript original) {
        return withSpan(coding, move(coding.span(), edits, false, original));
    }

    private static Coding withSpan(Coding c, Span span) {
        return new Coding(c.coder(), c.transcript(), c.codeId(), span, c.value(), c.memo(), c.created(), c.updated());
    }

    private static Span move(Span span, List<Edits> edits, boolean forward, Transcript target) {
        Edits first = edits.get(span.startTurn() - 1);
        Edits last = edits.get(span.endTurn() - 1);
        int start = forward ? first.forward(span.startOffset(), false) : first.backward(span.startOffset(), false);
        int end = forward ? last.forward(span.endOffset(), true) : last.backward(span.endOffset(), true);
        if (span.isWholeTurn(codePoints(target, span.startTurn(), edits, forward)) ) {
            return Span.wholeTurn(span.startTurn(), target.turn(span.startTurn()).codePoints());
        }
        if (span.startTurn() == span.endTurn() && end <= start) {
            end = start + 1;
        }
        return new Span(span.startTurn(), start, span.endTurn(), end);
    }

    /** The length the turn had before the move: whole-turn codings stay whole turns. */
    private static int codePoints(Transcript target, int turn, List<Edits> edits, boolean forward) {
        Edits e = edits.get(turn - 1);
        int after = target.turn(turn).codePoints();
        int delta = 0;
        for (int i = 0; i < e.oldStarts.length; i++) {
            delta += (e.newEnds[i] - e.newStarts[i]) - (e.oldEnds[i] - e.oldStarts[i]);
        }
        return forward ? after - delta : after + delta;
    }

    /** Free text that leaves (a memo, a codebook's definition): the names replaced as in a turn's text. */
    String text(String text, Map<String, Integer> counts) {
        return text == null ? null : replace(text, counts, null);
    }

    /** A name of something (project, round, coder, file): the names in any case replaced. */
    String name(String id, Map<String, Integer> counts) {
        return id == null ? null : replaceId(id, counts);
    }

    /**
     * Which of some names (a project's coders) left as {@code leaving}: how a merge finds the coder
     * of a pack whose name was pseudonymised. Empty when none did, or more than one could have.
     */
    java.util.Optional<String> before(String leaving, java.util.Collection<String> candidates) {
        List<String> found = candidates.stream().filter(c -> replaceId(c, new LinkedHashMap<>()).equals(leaving)).distinct().toList();
        return found.size() == 1 ? java.util.Optional.of(found.getFirst()) : java.util.Optional.empty();
    }

    /** A codebook with the names replaced in all its text: names, descriptions, criteria, examples, levels, notes, authors. */
    Codebook codebook(Codebook book, Map<String, Integer> counts) {
        if (book == null) {
            return null;
        }
        List<CodeGroup> groups = new ArrayList<>();
        for (CodeGroup g : book.groups()) {
            List<Code> codes = new ArrayList<>();
            for (Code c : g.codes()) {
                List<ScaleLevel> levels = c.levels().stream().map(l -> new ScaleLevel(l.value(), text(l.label(), counts))).toList();
                codes.add(new Code(c.id(), text(c.name(), counts), text(c.description(), counts), text(c.inclusion(), counts),
                        text(c.exclusion(), counts), c.examples().stream().map(e -> text(e, counts)).toList(), c.color(), c.key(),
                        c.kind(), c.measure(), levels));
            }
            groups.add(new CodeGroup(g.id(), text(g.name(), counts), text(g.description(), counts), g.exclusive(), g.appliesTo(), codes));
        }
        return new Codebook(text(book.name(), counts), text(book.version(), counts), text(book.description(), counts),
                book.authors().stream().map(a -> text(a, counts)).toList(), book.citations().stream().map(c -> text(c, counts)).toList(),
                text(book.notes(), counts), groups);
    }

    /** A listed name as found in a text, and where it starts (in chars). */
    record Found(String text, int start) {
    }

    /** Each listed name found in a text, as found: what a scan of written output reports. */
    List<String> found(String text) {
        return foundAt(text).stream().map(Found::text).toList();
    }

    /** Each listed name found in a text, with where it starts. */
    List<Found> foundAt(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            found.add(new Found(m.group(), m.start()));
        }
        return found;
    }

    /** Each listed name found in a name of something (a zip entry's), in any case. */
    List<String> foundInName(String id) {
        List<String> found = new ArrayList<>();
        Matcher m = anyCase.matcher(id);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** A name or file name: the names in any case, replaced by the replacement as listed. */
    private String replaceId(String id, Map<String, Integer> counts) {
        Matcher m = anyCase.matcher(id);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            PseudonymTable.Entry entry = entry(m);
            m.appendReplacement(out, Matcher.quoteReplacement(entry.replacement()));
            counts.merge(entry.name(), 1, Integer::sum);
        }
        return m.appendTail(out).toString();
    }

    private String replace(String text, Map<String, Integer> counts, List<int[]> regions) {
        Matcher m = names.matcher(text);
        StringBuilder out = null;
        int last = 0;
        int oldCodePoints = 0;
        int newCodePoints = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            String name = m.group();
            PseudonymTable.Entry entry = entry(m);
            String replacement = replacement(entry, name);
            out.append(text, last, m.start());
            int between = text.codePointCount(last, m.start());
            oldCodePoints += between;
            newCodePoints += between;
            int nameLength = name.codePointCount(0, name.length());
            int replacementLength = replacement.codePointCount(0, replacement.length());
            if (regions != null) {
                regions.add(new int[] {oldCodePoints, oldCodePoints + nameLength, newCodePoints, newCodePoints + replacementLength});
            }
            oldCodePoints += nameLength;
            newCodePoints += replacementLength;
            out.append(replacement);
            last = m.end();
            counts.merge(entry.name(), 1, Integer::sum);
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static Edits edits(List<int[]> regions) {
        if (regions.isEmpty()) {
            return Edits.NONE;
        }
        int n = regions.size();
        int[][] columns = new int[4][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 4; c++) {
                columns[c][i] = regions.get(i)[c];
            }
        }
        return new Edits(columns[0], columns[1], columns[2], columns[3]);
    }

    /** Which of the names still occur in a transcript's speakers or text, and in how many turns. */
    Map<String, Integer> occurrences(Transcript transcript) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Turn turn : transcript.turns()) {
            java.util.Set<String> inTurn = new java.util.HashSet<>();
            for (String text : List.of(turn.speaker(), turn.text())) {
                Matcher m = names.matcher(text);
                while (m.find()) {
                    inTurn.add(entry(m).name());
                }
            }
            inTurn.forEach(n -> found.merge(n, 1, Integer::sum));
        }
        return found;
    }
}
