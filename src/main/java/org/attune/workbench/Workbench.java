package org.attune.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.Disagreement;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Level;
import org.attune.agreement.SpanReport;
import org.attune.analysis.CooccurrenceTable;
import org.attune.analysis.LagTable;
import org.attune.codebook.CodebookFiles;
import org.attune.exchange.TableExport;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.model.Role;
import org.attune.model.SavedQuery;
import org.attune.model.Coding;
import org.attune.model.Span;
import org.attune.model.CodebookVersion;
import org.attune.model.CoderSummary;
import org.attune.model.AttuneException;
import org.attune.model.Round;
import org.attune.model.Transcript;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectCounts;
import org.attune.store.ProjectStore;
import org.attune.transcript.SpeakerRoles;

/**
 * The use cases of Attune on one open project: the single door through which the command line
 * and the window reach the project file, the readers and the rest of the core.
 *
 * <p>A workbench opened for writing holds the project's lock until it is closed. Not thread-safe.
 */
public final class Workbench implements AutoCloseable {

    /** The transcript formats that can be imported, by the names an import's format option takes. */
    public static final List<String> TRANSCRIPT_FORMATS = ImportOptions.FORMATS;

    /** The fields the query language knows (code, role, speaker, next.code …), for completing a query as it is typed. */
    public static final List<String> QUERY_FIELDS = org.attune.index.QueryVocabulary.fields();

    private final ProjectStore store;
    private final Clock clock;
    private final CodebookEditor codebooks;
    private final CodingsWork codings;
    private final SearchIndex index;
    private final CorpusWork corpus;
    private final AgreementWork agreement;
    private final ConsensusWork consensus;
    private final RoundWork rounds;
    private final PackWork packs;
    private final MergeWork merges;
    private final QdpxExport qdpx;

    private Workbench(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.codebooks = new CodebookEditor(store, clock);
        this.codings = new CodingsWork(store, codebooks, clock);
        this.index = new SearchIndex(store);
        this.corpus = new CorpusWork(store, codebooks, index, clock);
        this.agreement = new AgreementWork(store, codebooks);
        this.consensus = new ConsensusWork(store, agreement, clock);
        this.rounds = new RoundWork(store, clock);
        this.packs = new PackWork(store, codebooks, clock);
        this.merges = new MergeWork(store, codebooks, clock);
        this.qdpx = new QdpxExport(store, codebooks, clock);
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

    /**
     * Whether the project lies in a folder nothing may be written to (a read-only mount): it is then
     * read as it is, without a lock, and its search index is kept in memory for the session.
     */
    public boolean inReadOnlyFolder() {
        return store.inReadOnlyFolder();
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
        Optional<CurrentCodebook> codebook = codebooks.current();
        return new ProjectSummary(store.path(), store.schemaVersion(), counts.transcripts(), counts.turns(),
                codebook.map(c -> c.codebook().name()).orElse(null),
                codebook.map(c -> c.codebook().version()).orElse(null),
                codebook.map(CurrentCodebook::version).orElse(0),
                codebook.map(c -> c.codebook().codes().size()).orElse(0),
                store.coders(), counts.codings());
    }

    // ---- codebook

    /** The project's codebook, if it has one. */
    public Optional<CurrentCodebook> codebook() {
        return codebooks.current();
    }

    /** Every version of the codebook, oldest first. */
    public List<CodebookVersion> codebookHistory() {
        return codebooks.history();
    }

    /**
     * Attaches a codebook (.yaml, .qdc, .xlsx, .csv), or replaces the one there. Codings whose code
     * ids survive are kept; when codings would be orphaned or break the new codebook's rules, the
     * change is refused with the list, unless {@code force}, which deletes them.
     */
    public CodebookChange useCodebook(Path file, boolean force) {
        return index.change(() -> codebooks.use(file, force));
    }

    public CodebookChange renameCode(String code, String newName) {
        return index.change(() -> codebooks.rename(code, newName));
    }

    /** Adds a flag code at the end of a group, without a color or key. */
    public CodebookChange addCode(String group, String id, String name) {
        return addCode(group, id, name, null, null);
    }

    /** Merges one code into another: its codings move, and it goes. */
    public CodebookChange mergeCodes(String from, String into, boolean force) {
        return index.change(() -> codebooks.merge(from, into, force));
    }

    /** Adds a copy of a code, under a new id and name, right after it; its codings stay with the original. */
    public CodebookChange splitCode(String code, String newId, String newName) {
        return index.change(() -> codebooks.split(code, newId, newName));
    }

    /** Deletes a code; refused while codings use it, unless {@code force}, which deletes them too. */
    public CodebookChange deleteCode(String code, boolean force) {
        return index.change(() -> codebooks.delete(code, force));
    }

    /**
     * The id {@link #addCode} would give a new code of this name when none is given: the one rule
     * for new code ids, which the window uses too ("Café au lait" becomes {@code cafe-au-lait}).
     */
    public String newCodeId(String name) {
        return CodebookEditor.newId(codebooks.require(), name);
    }

    /** Adds a flag code at the end of a group (by id or name); the id is made from the name unless given. */
    public CodebookChange addCode(String group, String id, String name, String color, String key) {
        return index.change(() -> codebooks.add(group, id, name, color, key));
    }

    /** Gives a code another color (#RRGGBB), or none with null. */
    public CodebookChange recolorCode(String code, String color) {
        return index.change(() -> codebooks.recolor(code, color));
    }

    /** Gives a code another key, or none with null; a key another code has is refused. */
    public CodebookChange rekeyCode(String code, String key) {
        return index.change(() -> codebooks.rekey(code, key));
    }

    /** Moves a code to another group; codings that would break its rules are refused unless {@code force} deletes them. */
    public CodebookChange moveCode(String code, String group, boolean force) {
        return index.change(() -> codebooks.move(code, group, force));
    }

    /**
     * Makes an earlier version of the codebook current again, as a new version (the window's undo
     * of a codebook edit); refused when codings made since would be orphaned or broken.
     */
    public CodebookChange restoreCodebook(int version) {
        return index.change(() -> codebooks.restore(version));
    }

    /**
     * Undoes the latest merge or deletion of a code, as one change: the codebook as it was before
     * (as a new version) and exactly the codings that change deleted or rewrote, as they were.
     * Refused, changing nothing, when the codebook or those codings were changed since.
     */
    public CodebookChange undoCodebookChange() {
        return index.change(codebooks::undo);
    }

    /** Writes the codebook as .yaml, .qdc, .xlsx or .docx (a coding manual), by the file's extension. */
    public void exportCodebook(Path out) {
        CodebookFiles.write(codebooks.require(), out);
    }

    /** Every problem of a codebook file; empty when it is fine. Needs no project. */
    public static List<FileProblem> checkCodebook(Path file) {
        return CodebookFiles.check(file).stream().map(p -> new FileProblem(p.where(), p.message())).toList();
    }

    // ---- codings

    public List<CoderSummary> coders() {
        return store.coders();
    }

    public List<Coding> codings(String transcript) {
        return store.codingsOfTranscript(transcript);
    }

    /** Applies a code to a span for a coder, replacing their other code of an exclusive group there. */
    public CodingChange applyCode(String coder, String transcript, String code, Span span, BigDecimal value, String memo) {
        return index.change(() -> codings.apply(coder, transcript, code, span, value, memo));
    }

    /** Removes a coder's code from a span; says whether it was there. */
    public boolean removeCode(String coder, String transcript, String code, Span span) {
        return index.change(() -> codings.remove(coder, transcript, code, span));
    }

    /** Imports a long codings table (.csv or .xlsx): all its rows, or, if any is wrong, none. */
    public CodingsImportReport importCodings(Path file) {
        return index.change(() -> codings.importTable(file));
    }

    /** Exports the codings table, with the coded text, as .csv or .xlsx; returns how many rows. */
    public int exportCodings(Path out, String coder) {
        return codings.exportTable(out, coder);
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
        return index.change(() -> new TranscriptImport(store, clock).run(files, options, progress));
    }

    // ---- search and tables

    /**
     * Searches the corpus. The index is built first if it is missing, stale or damaged, which
     * {@code progress} hears about.
     *
     * @throws org.attune.index.QuerySyntaxException when the query cannot be understood, with the place
     */
    public SearchResult search(SearchRequest request, Progress progress) {
        return corpus.search(request, progress);
    }

    /**
     * Makes sure the search index is current, building it if it is missing, stale or damaged;
     * with {@code rebuild}, rebuilds it from the project file in any case.
     */
    public IndexReport index(boolean rebuild, Progress progress) {
        return corpus.index(rebuild, progress);
    }

    /**
     * How often codes fall on the same turn, or within {@code window} turns of each other.
     *
     * @param coder whose codes, or null for every coder's together
     */
    // ---- agreement

    /** How well coders agree, per code, exclusive group and scale code, with the rules it followed. */
    public AgreementReport agreement(AgreementRequest request, Progress progress) {
        return agreement.agreement(request, progress);
    }

    /**
     * Starts (or brings up to date) a consensus coder of the request's coders: every unit where
     * they agree becomes its coding; the disagreements are listed to settle.
     */
    public ConsensusReport startConsensus(AgreementRequest request, String into, Progress progress) {
        return index.change(() -> consensus.start(request, into, progress));
    }

    /**
     * Applies settled disagreements from a CSV (the open items with their decision filled in), all
     * or none, keeping each with the coders' original ratings and who decided.
     */
    public ConsensusReport applyConsensus(AgreementRequest request, String into, Path decisions, String decidedBy,
                                          Progress progress) {
        return index.change(() -> consensus.apply(request, into, decisions, decidedBy, progress));
    }

    /**
     * Settles disagreements one by one, as the window does: the same checks and record as
     * {@link #applyConsensus} (all or none, the coders' original ratings kept with who decided).
     * Only the settlements' transcripts are compared again, so the report's open items are theirs.
     */
    public ConsensusReport settleConsensus(AgreementRequest request, String into, List<Settlement> settlements,
                                           String decidedBy, Progress progress) {
        return index.change(() -> consensus.settle(request, into, settlements, decidedBy, progress));
    }

    /** Writes open disagreements as a decisions sheet to fill in: .csv or .xlsx. */
    public void exportOpenItems(List<Disagreement> open, List<String> coders, Path out) {
        TableExport.write(out, DisagreementRows.header(coders, true), DisagreementRows.rows(open, true));
    }

    // ---- rounds

    /** Makes a coding round of these coders over these transcripts (and all of these dyads'), blind or open. */
    public Round createRound(String name, List<String> coders, List<String> transcripts, List<String> dyads, boolean blind) {
        return rounds.create(name, coders, transcripts, dyads, blind);
    }

    /**
     * Writes a coder's pack: a new project file with the round's transcripts, the codebook and the
     * coder's codings (and, in an open round, the other coders'). Without a round named, the
     * latest round the coder is in.
     */
    public PackReport pack(String round, String coder, Path out) {
        return pack(round, coder, out, null);
    }

    /**
     * A coder's pack as {@link #pack(String, String, Path)}, as .attune or, for a coder who works in
     * another QDA tool, .qdpx; with a pseudonym list (name,replacement CSV), the names replaced in
     * what it holds. The project then remembers the list, so the merge carries the codings back.
     */
    public PackReport pack(String round, String coder, Path out, Path pseudonymList) {
        return pack(round, coder, out, pseudonymList, Progress.NONE);
    }

    /**
     * A coder's pack as {@link #pack(String, String, Path, Path)}, telling {@code progress} of each
     * transcript; progress that throws (a cancel) stops it with no pack written and the project as it was.
     */
    public PackReport pack(String round, String coder, Path out, Path pseudonymList, Progress progress) {
        return pack(round, coder, out, pseudonymList, Leftovers.REFUSE, progress);
    }

    /**
     * A pack as {@link #pack(String, String, Path, Path, Progress)}; with a list, the pack written is
     * scanned for every listed name, and {@code leftovers} says whether one found there refuses the
     * pack (none is left behind, the project stays as it was) or is reported as a warning.
     */
    public PackReport pack(String round, String coder, Path out, Path pseudonymList, Leftovers leftovers, Progress progress) {
        return packs.pack(round, coder, out, pseudonymList == null ? null : PseudonymLists.read(pseudonymList), leftovers, progress);
    }

    /**
     * Brings coders' work back from their packs: all files are checked first, and the project
     * changes only if every one can be taken. Merging a file again changes nothing.
     */
    public MergeReport merge(List<Path> files) {
        return merge(files, Progress.NONE);
    }

    /**
     * A merge as {@link #merge(List)}, telling {@code progress} of each file read; progress that throws
     * (a cancel) stops it before the project changes.
     */
    public MergeReport merge(List<Path> files, Progress progress) {
        return index.change(() -> merges.merge(files, progress));
    }

    /**
     * Every coding the project holds that breaks the rules a new coding must keep (a span past its
     * transcript's turns or text, a code the codebook lacks or whose role the turn is not, a value
     * the code does not take, two codes of an exclusive group on one turn), with the reason for each.
     * Changes nothing.
     */
    public List<CodingProblem> check() {
        return new CodingCheck(store, codebooks).problems();
    }

    /**
     * Removes every coding {@link #check()} finds, all in one transaction or (on any failure) none,
     * and nothing else; returns what it removed.
     */
    public List<CodingProblem> repair() {
        return index.change(() -> new CodingCheck(store, codebooks).repair());
    }

    // ---- exchange with other QDA tools, and names kept out of what leaves the project

    /**
     * Writes the project as a REFI-QDA project (.qdpx) that NVivo, ATLAS.ti, MAXQDA and QualCoder
     * import. With a pseudonym list (a name,replacement CSV), names are replaced in speakers and
     * text and the codings carried over; the report says what was replaced, and warns of names
     * from the project's own list that are still in the text.
     */
    public QdpxExportReport exportProject(Path out, Path pseudonymList) {
        return exportProject(out, pseudonymList, Progress.NONE);
    }

    /**
     * An export as {@link #exportProject(Path, Path)}, telling {@code progress} of each transcript
     * written; progress that throws (a cancel) stops it with no file written (an earlier one of the
     * name stays as it was).
     */
    public QdpxExportReport exportProject(Path out, Path pseudonymList, Progress progress) {
        return exportProject(out, pseudonymList, Leftovers.REFUSE, progress);
    }

    /**
     * An export as {@link #exportProject(Path, Path, Progress)}; with a list, the file written is
     * scanned for every listed name, and {@code leftovers} says whether one found there refuses the
     * export (no file is written, an earlier one of the name stays as it was) or is reported as a warning.
     */
    public QdpxExportReport exportProject(Path out, Path pseudonymList, Leftovers leftovers, Progress progress) {
        return qdpx.export(out, pseudonymList == null ? null : PseudonymLists.read(pseudonymList), "", progress, leftovers);
    }

    /**
     * Makes a new project of a REFI-QDA project (.qdpx); nothing is written unless the whole file
     * can be read. Speakers' roles come from Attune's own notes in the file, then the names given,
     * then the common labels ("Therapist", "Client", "Dr ...").
     */
    public static QdpxImportReport importProject(Path qdpx, Path out, List<String> therapists, List<String> clients) {
        return new QdpxImport(Clock.systemUTC()).importProject(qdpx, out, new SpeakerRoles(therapists, clients));
    }

    /** The project's list of names to pseudonymise, each with its replacement, in the list's order. */
    public java.util.Map<String, String> pseudonyms() {
        return PseudonymLists.of(store);
    }

    /** Keeps a list of names to pseudonymise (a name,replacement CSV) with the project, replacing any before; null clears it. */
    public java.util.Map<String, String> setPseudonyms(Path list) {
        PseudonymLists.keep(store, list == null ? null : PseudonymLists.read(list));
        return pseudonyms();
    }

    /** Every round, with each coder's progress on each transcript: not started, started, done. */
    public List<RoundProgress> rounds() {
        return rounds.progress();
    }

    /** Every coder's stage on every transcript (not started, started, done), in a round or not. */
    public CoderProgress coderProgress() {
        return rounds.coderProgress();
    }

    /**
     * Whether a coder works blind on a transcript: they are in a blind round over it, so the
     * window must not show them the other coders' codings there.
     */
    public boolean codesBlind(String coder, String transcript) {
        return seenBy(coder).codesBlind(transcript);
    }

    /**
     * The project as a coder may see it: every read of codings, counts, memos, search and tables
     * through it shows only the coder's own codings where they work blind, and agreement,
     * consensus and comparison there are refused. The window passes the coder it codes as, the
     * command line its {@code --as}. A name is taken as the project spells it, blind to case; null
     * (or blank) is nobody's in particular, someone outside every round, who sees everything.
     */
    public CoderView seenBy(String coder) {
        if (coder == null || coder.isBlank()) {
            return new CoderView(this, store, rounds, agreement, corpus, codings, null);
        }
        String name = coder.strip();
        String known = store.coderNames().stream().filter(c -> c.equalsIgnoreCase(name)).findFirst()
                .or(() -> store.rounds().stream().flatMap(r -> r.coders().stream()).filter(c -> c.equalsIgnoreCase(name)).findFirst())
                .orElse(name);
        return new CoderView(this, store, rounds, agreement, corpus, codings, known);
    }

    /**
     * Marks transcripts as finished by a coder (or, with {@code done} false, takes the marks
     * back); returns how many marks changed. Agreement can count only finished transcripts.
     */
    public int markDone(String coder, List<String> transcripts, boolean done) {
        return agreement.markDone(coder, transcripts, done, clock.instant());
    }

    /** The transcripts a coder has marked finished. */
    public java.util.Set<String> transcriptsDone(String coder) {
        return store.transcriptsDone(coder);
    }

    /**
     * Agreement with spans as units (unitizing): Krippendorff's alpha_u per code and overall, and
     * for each pair of coders an overlap match of their segments at the given share.
     */
    public SpanReport spanAgreement(AgreementRequest request, double overlapShare, Progress progress) {
        return agreement.spans(request, overlapShare, progress);
    }

    /**
     * Span agreement as {@link #spanAgreement}, written to a table ({@code .csv} or {@code .xlsx}): a
     * row per code with alpha_u and each pair's matched and unmatched segments, then all codes.
     */
    public SpanReport exportSpanAgreement(AgreementRequest request, double overlapShare, Path out, Progress progress) {
        SpanReport report = agreement.spans(request, overlapShare, progress);
        SpanAgreementTable.write(report, out);
        return report;
    }

    /** The units where the compared coders' ratings differ, transcript by transcript, turn by turn. */
    public List<Disagreement> disagreements(AgreementRequest request, Progress progress) {
        return agreement.disagreements(request, progress);
    }

    /**
     * Writes agreement to a file: {@code .xlsx} the whole report (summary, exclusive groups,
     * confusion matrices, disagreements, parameters) and returns it; {@code .csv} the ratings
     * unit by unit, in the long form (a row per coder) or the wide form (a column per coder), and
     * returns null.
     */
    public AgreementReport exportAgreement(AgreementRequest request, Path out, boolean wide, Progress progress) {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return agreement.exportWorkbook(request, out, progress);
        }
        if (!name.endsWith(".csv")) {
            throw new AttuneException(out.getFileName() + ": agreement is written as .xlsx (the report) or .csv (the ratings)");
        }
        if (wide) {
            agreement.exportWide(request, out, progress);
        } else {
            agreement.exportLong(request, out, progress);
        }
        return null;
    }

    /** Writes the disagreements as .csv or .xlsx. */
    public void exportDisagreements(List<Disagreement> disagreements, List<String> coders, Path out) {
        TableExport.write(out, DisagreementRows.header(coders, false), DisagreementRows.rows(disagreements, false));
    }

    /**
     * Agreement on ratings from elsewhere, with no project: a CSV of unit, coder and value, one
     * row per rating. Numeric values are compared at the given level; names only as nominal.
     */
    public static AgreementLine agreementOfRatings(Path ratings, Level level, int bootstrap, long seed) {
        return RatingsCalculator.of(ratings, level, bootstrap, seed);
    }

    /**
     * Whose codes the co-occurrence and sequence tables count when the user names no one: the
     * consensus coder when there is one, else the coder with the most codings; never every coder
     * pooled (see {@link org.attune.analysis.AnalysisCoder}). Empty when no one has coded.
     */
    public java.util.Optional<String> analysisCoder() {
        return corpus.analysisCoder();
    }

    /**
     * How often codes fall on the same turns, or within {@code window} turns.
     *
     * @param coder whose codes, or null for every coder's pooled (only when asked for by name:
     *        the default is {@link #analysisCoder()})
     */
    public CooccurrenceTable cooccurrence(String coder, int window, Progress progress) {
        return corpus.cooccurrence(coder, window, progress);
    }

    /**
     * Lag-k transitions from the codes of a turn to the codes of the turn k later, with the
     * statistics of lag-sequential analysis.
     *
     * @param coder whose codes, or null for every coder's pooled (only when asked for by name:
     *        the default is {@link #analysisCoder()})
     * @param from the role of the earlier turn, or null for any
     * @param to the role of the later turn, or null for any
     */
    public LagTable sequences(String coder, int lag, Role from, Role to, Progress progress) {
        return corpus.sequences(coder, lag, from, to, progress);
    }

    /** Writes the hits, or with {@code kwic} the KWIC lines, as .csv or .xlsx. */
    public void exportSearch(SearchResult result, boolean kwic, Path out) {
        write(kwic ? ResultTables.kwic(result) : ResultTables.hits(result), out);
    }

    public void exportCooccurrence(CooccurrenceTable table, Path out) {
        write(ResultTables.cooccurrence(table), out);
    }

    public void exportSequences(LagTable table, Path out) {
        write(ResultTables.sequences(table), out);
    }

    private static void write(ResultTables.Table table, Path out) {
        TableExport.write(out, table.header(), table.rows());
    }

    public List<SavedQuery> savedQueries() {
        return corpus.savedQueries();
    }

    /**
     * A saved query by name, blind to case.
     *
     * @throws AttuneException naming the saved queries there are, when there is none of that name
     */
    public SavedQuery savedQuery(String name) {
        return corpus.savedQuery(name);
    }

    /** Saves a query under a name, replacing one of the same name; refuses a query that cannot run. */
    public SavedQuery saveQuery(String name, String query, String coder) {
        return index.change(() -> corpus.save(name, query, coder));
    }

    /** Deletes a saved query; says whether there was one. */
    public boolean deleteSavedQuery(String name) {
        return index.change(() -> corpus.deleteSaved(name));
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
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
