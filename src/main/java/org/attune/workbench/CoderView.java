package org.attune.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Disagreement;
import org.attune.agreement.SpanReport;
import org.attune.analysis.CooccurrenceTable;
import org.attune.analysis.LagTable;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.index.Visibility;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.TranscriptSummary;
import org.attune.store.ProjectStore;

/**
 * The project as one coder may see it: the one place that decides who sees whose codings. On
 * the transcripts of a blind round the coder is in, only their own codings exist for every read
 * (a transcript's codings, the codebook's counts, memos, search hits, their codes and facets, the
 * co-occurrence and sequence tables), and agreement, consensus and comparison with other coders
 * there are refused with a {@link BlindRefusal}. Everywhere else the coder sees what the
 * workbench shows anyone.
 *
 * <p>Made by {@link Workbench#seenBy}; it reads the rounds afresh on every call, so a round made
 * meanwhile counts at once. Not thread-safe, as the workbench.
 */
public final class CoderView {

    private final Workbench workbench;
    private final ProjectStore store;
    private final RoundWork rounds;
    private final AgreementWork agreement;
    private final CorpusWork corpus;
    private final CodingsWork codingsWork;
    private final String coder;

    CoderView(Workbench workbench, ProjectStore store, RoundWork rounds, AgreementWork agreement, CorpusWork corpus,
              CodingsWork codingsWork, String coder) {
        this.codingsWork = codingsWork;
        this.workbench = workbench;
        this.store = store;
        this.rounds = rounds;
        this.agreement = agreement;
        this.corpus = corpus;
        this.coder = coder;
    }

    /** The coder who is looking, as the project writes the name; null for nobody in particular, who sees everything. */
    public String coder() {
        return coder;
    }

    /** The transcripts where the coder works blind: only their own codings are shown there. */
    public Set<String> blindTranscripts() {
        return coder == null ? Set.of() : rounds.blindTranscripts(coder);
    }

    /** Whether the coder works blind on a transcript. */
    public boolean codesBlind(String transcript) {
        return blindTranscripts().contains(transcript);
    }

    /** Whose codings the coder may see where, for the search index. */
    public Visibility visibility() {
        return Visibility.of(coder, blindTranscripts());
    }

    // ---- codings, counts and memos

    /** A transcript's codings the coder may see: all of them, or only theirs where they work blind. */
    public List<Coding> codings(String transcript) {
        List<Coding> all = store.codingsOfTranscript(transcript);
        return codesBlind(transcript) ? all.stream().filter(c -> c.coder().equals(coder)).toList() : all;
    }

    /** What the project holds, as {@link Workbench#summary}, its coders and codings counted as {@link #coders} counts them. */
    public ProjectSummary summary() {
        ProjectSummary all = workbench.summary();
        if (blindTranscripts().isEmpty()) {
            return all;
        }
        List<org.attune.model.CoderSummary> seen = coders();
        return new ProjectSummary(all.path(), all.schemaVersion(), all.transcripts(), all.turns(), all.codebook(),
                all.codebookLabel(), all.codebookVersion(), all.codes(), seen,
                seen.stream().mapToLong(org.attune.model.CoderSummary::codings).sum());
    }

    /**
     * The coders with the codings the coder may see, each with how many and on how many
     * transcripts; a coder of whom nothing can be seen is left out.
     */
    public List<org.attune.model.CoderSummary> coders() {
        List<org.attune.model.CoderSummary> all = store.coders();
        Set<String> blind = blindTranscripts();
        if (blind.isEmpty()) {
            return all;
        }
        Map<String, Long> hidden = new HashMap<>();
        Map<String, Integer> hiddenTranscripts = new HashMap<>();
        for (String transcript : blind) {
            Set<String> here = new java.util.HashSet<>();
            for (Coding c : store.codingsOfTranscript(transcript)) {
                if (!c.coder().equals(coder)) {
                    hidden.merge(c.coder(), 1L, Long::sum);
                    here.add(c.coder());
                }
            }
            here.forEach(c -> hiddenTranscripts.merge(c, 1, Integer::sum));
        }
        List<org.attune.model.CoderSummary> out = new ArrayList<>();
        for (org.attune.model.CoderSummary c : all) {
            long codings = c.codings() - hidden.getOrDefault(c.name(), 0L);
            if (codings > 0) {
                out.add(new org.attune.model.CoderSummary(c.name(), codings, c.transcripts() - hiddenTranscripts.getOrDefault(c.name(), 0)));
            }
        }
        return out;
    }

    /**
     * Every coder's stage on every transcript, as {@link Workbench#coderProgress}, but on the
     * transcripts where the coder works blind only their own: another coder's start there would
     * tell them who has coded it.
     */
    public CoderProgress coderProgress() {
        CoderProgress all = rounds.coderProgress();
        Set<String> blind = blindTranscripts();
        if (blind.isEmpty()) {
            return all;
        }
        Map<String, Map<String, RoundProgress.Stage>> stages = new java.util.LinkedHashMap<>();
        all.stages().forEach((transcript, byCoder) -> {
            Map<String, RoundProgress.Stage> shown = new java.util.LinkedHashMap<>(byCoder);
            if (blind.contains(transcript)) {
                shown.keySet().removeIf(c -> !c.equals(coder));
            }
            stages.put(transcript, shown);
        });
        return new CoderProgress(all.coders(), stages);
    }

    /** Exports the codings table as {@link Workbench#exportCodings}, with only the codings the coder may see; returns how many rows. */
    public int exportCodings(Path out, String ofCoder) {
        Visibility visible = visibility();
        return codingsWork.exportTable(out, ofCoder, c -> visible.sees(c.transcript(), c.coder()));
    }

    /** The memos on a transcript's codings that the coder may see, in the order of the codings. */
    public List<Coding> memos(String transcript) {
        return codings(transcript).stream().filter(c -> c.memo() != null).toList();
    }

    /**
     * The codebook with the counts of codings the coder may see: the other coders' codings on
     * the transcripts where the coder works blind are not counted.
     */
    public Optional<CurrentCodebook> codebook() {
        Optional<CurrentCodebook> current = workbench.codebook();
        Set<String> blind = blindTranscripts();
        if (current.isEmpty() || blind.isEmpty()) {
            return current;
        }
        Map<String, Long> counts = new HashMap<>(current.get().codings());
        for (String transcript : blind) {
            for (Coding c : store.codingsOfTranscript(transcript)) {
                if (!c.coder().equals(coder)) {
                    counts.merge(c.codeId(), -1L, Long::sum);
                }
            }
        }
        counts.values().removeIf(n -> n <= 0);
        CurrentCodebook c = current.get();
        return Optional.of(new CurrentCodebook(c.codebook(), c.version(), c.savedAt(), c.change(), counts));
    }

    /**
     * Another coder's codings of a transcript, to compare with the coder's own.
     *
     * @throws BlindRefusal when the coder works blind on it
     */
    public List<Coding> compareWith(String other, String transcript) {
        if (coder != null && !other.equals(coder) && codesBlind(transcript)) {
            throw new BlindRefusal(coder, BlindRefusal.Asked.COMPARISON, List.of(transcript));
        }
        return store.codingsOfTranscript(transcript).stream().filter(c -> c.coder().equals(other)).toList();
    }

    // ---- search and tables

    /** Searches as {@link Workbench#search}, the query, hits, codes and facets seeing only the codings the coder may see. */
    public SearchResult search(SearchRequest request, Progress progress) {
        return workbench.search(request.seeing(visibility()), progress);
    }

    /** Co-occurrence as {@link Workbench#cooccurrence}, of the codings the coder may see. */
    public CooccurrenceTable cooccurrence(String ofCoder, int window, Progress progress) {
        return corpus.cooccurrence(ofCoder, window, visibility(), progress);
    }

    /** Lag-k transitions as {@link Workbench#sequences}, of the codings the coder may see. */
    public LagTable sequences(String ofCoder, int lag, Role from, Role to, Progress progress) {
        return corpus.sequences(ofCoder, lag, from, to, visibility(), progress);
    }

    // ---- agreement and consensus: refused where the coder works blind

    /** As {@link Workbench#agreement}, refused over transcripts where the coder works blind. */
    public AgreementReport agreement(AgreementRequest request, Progress progress) {
        refuseBlind(request, BlindRefusal.Asked.AGREEMENT);
        return workbench.agreement(request, progress);
    }

    /** As {@link Workbench#spanAgreement}, refused over transcripts where the coder works blind. */
    public SpanReport spanAgreement(AgreementRequest request, double overlapShare, Progress progress) {
        refuseBlind(request, BlindRefusal.Asked.AGREEMENT);
        return workbench.spanAgreement(request, overlapShare, progress);
    }

    /** As {@link Workbench#exportSpanAgreement}, refused over transcripts where the coder works blind. */
    public SpanReport exportSpanAgreement(AgreementRequest request, double overlapShare, Path out, Progress progress) {
        refuseBlind(request, BlindRefusal.Asked.AGREEMENT);
        return workbench.exportSpanAgreement(request, overlapShare, out, progress);
    }

    /** As {@link Workbench#disagreements}, refused over transcripts where the coder works blind. */
    public List<Disagreement> disagreements(AgreementRequest request, Progress progress) {
        refuseBlind(request, BlindRefusal.Asked.AGREEMENT);
        return workbench.disagreements(request, progress);
    }

    /** As {@link Workbench#exportAgreement}, refused over transcripts where the coder works blind. */
    public AgreementReport exportAgreement(AgreementRequest request, Path out, boolean wide, Progress progress) {
        refuseBlind(request, BlindRefusal.Asked.AGREEMENT);
        return workbench.exportAgreement(request, out, wide, progress);
    }

    /** As {@link Workbench#startConsensus}, refused (the project as it was) over transcripts where the coder works blind. */
    public ConsensusReport startConsensus(AgreementRequest request, String into, Progress progress) {
        refuseBlind(request, BlindRefusal.Asked.CONSENSUS);
        return workbench.startConsensus(request, into, progress);
    }

    /** As {@link Workbench#applyConsensus}, refused (the project as it was) over transcripts where the coder works blind. */
    public ConsensusReport applyConsensus(AgreementRequest request, String into, Path decisions, String decidedBy,
                                          Progress progress) {
        refuseBlind(request, BlindRefusal.Asked.CONSENSUS);
        return workbench.applyConsensus(request, into, decisions, decidedBy, progress);
    }

    /** As {@link Workbench#settleConsensus}, refused (the project as it was) over transcripts where the coder works blind. */
    public ConsensusReport settleConsensus(AgreementRequest request, String into, List<Settlement> settlements,
                                           String decidedBy, Progress progress) {
        refuseBlind(request, BlindRefusal.Asked.CONSENSUS);
        return workbench.settleConsensus(request, into, settlements, decidedBy, progress);
    }

    /**
     * Writes the project as REFI-QDA, as {@link Workbench#exportProject}: every coder's codings
     * leave in it, so a coder who works blind anywhere is refused, and nothing is written.
     */
    public QdpxExportReport exportProject(Path out, Path pseudonymList) {
        return exportProject(out, pseudonymList, Progress.NONE);
    }

    /** As {@link #exportProject(Path, Path)}, telling {@code progress} of each transcript; progress that throws stops it. */
    public QdpxExportReport exportProject(Path out, Path pseudonymList, Progress progress) {
        return exportProject(out, pseudonymList, Leftovers.REFUSE, progress);
    }

    /** As {@link Workbench#exportProject(Path, Path, Leftovers, Progress)}, refused as {@link #exportProject(Path, Path)} is. */
    public QdpxExportReport exportProject(Path out, Path pseudonymList, Leftovers leftovers, Progress progress) {
        Set<String> blind = blindTranscripts();
        if (!blind.isEmpty()) {
            throw new BlindRefusal(coder, BlindRefusal.Asked.EXPORT, List.copyOf(blind));
        }
        return workbench.exportProject(out, pseudonymList, leftovers, progress);
    }

    /** Agreement always sets coders side by side: any transcript of the request where the coder works blind refuses it. */
    private void refuseBlind(AgreementRequest request, BlindRefusal.Asked asked) {
        Set<String> blind = blindTranscripts();
        if (blind.isEmpty()) {
            return;
        }
        List<String> seen = new ArrayList<>();
        for (TranscriptSummary t : agreement.transcripts(request)) {
            if (blind.contains(t.name())) {
                seen.add(t.name());
            }
        }
        if (!seen.isEmpty()) {
            throw new BlindRefusal(coder, asked, seen);
        }
    }
}
