package org.attune.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.index.KwicLine;
import org.attune.index.ResultOrder;
import org.attune.index.SearchHit;
import org.attune.index.SearchRequest;
import org.attune.index.SearchResult;
import org.attune.model.SavedQuery;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune search PROJECT QUERY}: finds turns by words, codes, speakers, sessions and sequences. */
@Command(name = "search",
        description = {"Search the coded corpus, turn by turn.",
                "Words find all their forms (feel: feels, feeling); \"quoted phrases\" are exact; \"mother angry\"~5 finds "
                        + "words within 5 of each other; * and ? are wildcards; AND, OR, NOT and (groups) combine. Words are "
                        + "all required unless joined by OR.",
                "Fields: code:amplification (a code's id or name, or a group's), code:\"anna/narrative\" (one coder's), "
                        + "coder:anna, role:client, speaker:\"Dr Lee\", transcript:d01-s02, dyad:d01, session:[2 TO 3], "
                        + "date:[2024-01-01 TO 2024-06-30], turn:[1 TO 20], start:[00:05:00 TO 00:10:00], "
                        + "value.experiencing:[5 TO 7], and the neighbouring turns' prev.code, prev.role, next.code, "
                        + "next.role, prev.speaker, next.speaker, prev.coder, next.coder.",
                "Example: 'code:amplification AND next.code:self-state-shift' finds amplifications the client's next turn "
                        + "answers with a self-state shift. Quote the whole query for the shell."})
final class SearchCommand extends Verb {

    private static final int DEFAULT_LIMIT = 20;
    private static final int FACET_VALUES_SHOWN = 8;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "QUERY",
            description = "The query; several arguments are joined by spaces. None finds every turn.")
    List<String> words = new ArrayList<>();

    @Option(names = "--coder", paramLabel = "NAME", description = "Code fields, codes shown and code counts are this coder's.")
    String coder;

    @Option(names = "--limit", paramLabel = "N",
            description = "Show at most N hits (default " + DEFAULT_LIMIT + "; with --out, all). The total counts them all.")
    Integer limit;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "transcript",
            description = "transcript (as the sessions read) or relevance (best matches first). Default: ${DEFAULT-VALUE}.")
    ResultOrder sort;

    @Option(names = "--kwic", description = "Show every match as a keyword-in-context line.")
    boolean kwic;

    @Option(names = "--json", description = "Print JSON: total, hits, facets (and kwic).")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the hits (or, with --kwic, the KWIC lines) to a .csv or .xlsx file.")
    Path out;

    @Option(names = "--save", paramLabel = "NAME", description = "Save the query in the project under this name, then run it.")
    String save;

    @Option(names = "--saved", paramLabel = "NAME", description = "Run the query saved under this name (see 'attune queries').")
    String saved;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    /** The JSON form of a search. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchJson(String query, String coder, long total, List<HitJson> hits, Map<String, Map<String, Long>> facets,
                      List<KwicLine> kwic) {
    }

    /** The JSON form of a hit; the fragment marks matches with {@code <em>}. */
    record HitJson(String transcript, int turn, String speaker, String role, Long startMs, Long endMs, String text,
                   String fragment, List<String> codes, List<CodingJson> codings, Float score) {
    }

    record CodingJson(String coder, String code, BigDecimal value) {
    }

    @Override
    public Integer call() {
        if (saved != null && !words.isEmpty()) {
            throw usage("give a QUERY or --saved NAME, not both");
        }
        if (save != null && saved != null) {
            throw usage("--save names a new query; --saved runs one already saved");
        }
        if (limit != null && limit < 0) {
            throw usage("--limit must be 0 or more, not " + limit);
        }
        Path file = Workbench.projectPath(project);
        try (Workbench workbench = save != null ? Workbench.open(file) : openReadOnly(file)) {
            String query = String.join(" ", words);
            String who = coder;
            if (saved != null) {
                SavedQuery found = workbench.savedQuery(saved);
                query = found.query();
                who = coder != null ? coder : found.coder();
            }
            if (save != null) {
                SavedQuery stored = workbench.saveQuery(save, query, who);
                err().println("Saved the query as '" + stored.name() + "'.");
            }
            int shown = limit != null ? limit : out != null ? Integer.MAX_VALUE : DEFAULT_LIMIT;
            SearchRequest request = new SearchRequest(query, who, shown, sort, out == null, kwic);
            SearchResult result = viewer.of(workbench, who).search(request, TerminalProgress.on(err()));
            if (out != null) {
                workbench.exportSearch(result, kwic, out);
                int rows = kwic ? result.kwic().size() : result.hits().size();
                out().println("Wrote " + rows + (kwic ? " KWIC lines" : rows == 1 ? " hit" : " hits") + " of "
                        + result.total() + " to " + out + ".");
            } else if (json) {
                printJson(toJson(query, who, result, kwic));
            } else if (kwic) {
                printKwic(result);
            } else {
                printHits(query, result);
            }
        }
        return 0;
    }

    private void printHits(String query, SearchResult result) {
        String order = sort == ResultOrder.RELEVANCE ? "best first" : "in transcript order";
        out().println(result.total() + (result.total() == 1 ? " turn matches" : " turns match")
                + (query.isBlank() ? "" : " " + query)
                + (!result.hits().isEmpty() && result.hits().size() < result.total()
                        ? " (the first " + result.hits().size() + ", " + order + ")" : ""));
        boolean marks = Terminal.isInteractive();
        for (SearchHit hit : result.hits()) {
            out().println();
            out().println(hit.transcript() + "  turn " + hit.turn() + "  " + hit.speaker() + " (" + hit.role() + ")"
                    + (hit.codes().isEmpty() ? "" : "  [" + String.join(", ", hit.codes()) + "]"));
            out().println("  " + hit.fragment().marked(s -> marks ? "\u001b[1m" + s + "\u001b[0m" : "*" + s + "*")
                    .replace("\n", "\n  "));
        }
        if (!result.facets().isEmpty() && result.total() > 0) {
            out().println();
            result.facets().forEach((facet, counts) -> {
                if (!counts.isEmpty()) {
                    out().println("By " + facet + ": " + summary(counts));
                }
            });
        }
    }

    private static String summary(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream().limit(FACET_VALUES_SHOWN).forEach(e -> parts.add(e.getKey() + " " + e.getValue()));
        int more = counts.size() - FACET_VALUES_SHOWN;
        return String.join(", ", parts) + (more > 0 ? " and " + more + " more" : "");
    }

    /**
     * A concordance: the left context right-aligned so that every keyword starts in one column,
     * then the keyword (bold on a terminal, *between stars* elsewhere, as the hits mark it) and the
     * right context, all as the turn has them; the turn's codes in brackets at the end. A turn the
     * query found by no word shows its opening in the keyword's column.
     */
    private void printKwic(SearchResult result) {
        if (result.kwic().isEmpty()) {
            out().println("No turn matches.");
            return;
        }
        boolean marks = Terminal.isInteractive();
        int width = result.kwic().stream().mapToInt(l -> (l.transcript() + " " + l.turn()).length()).max().orElse(0);
        int leftWidth = result.kwic().stream().mapToInt(l -> l.left().length()).max().orElse(0);
        for (KwicLine line : result.kwic()) {
            String where = line.transcript() + " " + line.turn();
            String keyword = !line.matched() ? "" : marks ? "\u001b[1m" + line.keyword() + "\u001b[0m" : "*" + line.keyword() + "*";
            String codes = line.codes().isEmpty() ? "" : "  [" + String.join(", ", line.codes()) + "]";
            out().println(where + " ".repeat(width - where.length()) + "  " + " ".repeat(leftWidth - line.left().length())
                    + line.left() + keyword + line.right() + codes);
        }
        if (result.hits().size() < result.total()) {
            out().println("(matches in the first " + result.hits().size() + " of " + result.total()
                    + " turns; --limit shows more)");
        }
    }

    static SearchJson toJson(String query, String coder, SearchResult result, boolean withKwic) {
        List<HitJson> hits = result.hits().stream().map(h -> new HitJson(h.transcript(), h.turn(), h.speaker(), h.role(),
                h.startMs(), h.endMs(), h.text(), h.fragment().marked(s -> "<em>" + s + "</em>"), h.codes(),
                h.codings().stream().map(c -> new CodingJson(c.coder(), c.code(), c.value())).toList(),
                Float.isNaN(h.score()) ? null : h.score())).toList();
        return new SearchJson(query, coder, result.total(), hits, result.facets(), withKwic ? result.kwic() : null);
    }
}
