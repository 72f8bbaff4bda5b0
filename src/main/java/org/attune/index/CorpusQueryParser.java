package org.attune.index;

import static org.attune.index.CorpusFields.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.attune.model.Role;

/**
 * Lucene's classic query syntax over the corpus fields, with the fields named for people: code
 * names as well as ids, roles and coders checked, numbers, dates and times as ranges, quoted
 * phrases matched exactly. Words are all required unless joined by OR.
 *
 * <p>With a coder given, code and value fields mean that coder's codes. With the visible coders
 * given, no part of a query sees another coder's codings: a code field means theirs, and a coder
 * field, a "coder/code" or a value of anyone else's matches nothing.
 */
final class CorpusQueryParser extends QueryParser {

    /** The default field: text for words, exact text for quoted phrases and wildcards. */
    private static final String ANY = "\u0001";
    private static final Set<String> KEYWORDS = Set.of(TRANSCRIPT, DYAD, SPEAKER, ROLE, CODER);
    static final List<String> FIELDS = List.of(TEXT, EXACT, CODE, CODER, ROLE, SPEAKER, TRANSCRIPT, DYAD,
            SESSION, DATE, TURN, START, END, "prev.role", "prev.speaker", "prev.code", "prev.coder",
            "next.role", "next.speaker", "next.code", "next.coder", "value.CODE");
    private static final Pattern TIME = Pattern.compile("(?:(?:(\\d+):)?(\\d+):)?(\\d+(?:\\.\\d+)?)");

    private final QueryVocabulary vocabulary;
    private final String coder;
    /** The only coders whose codings exist for this query, as the project writes them; null for all. */
    private final List<String> visible;
    private String query = "";

    /**
     * @param coder the coder whose codes code fields mean, or null for every coder's
     */
    CorpusQueryParser(Analyzer analyzer, QueryVocabulary vocabulary, String coder) {
        this(analyzer, vocabulary, coder, null);
    }

    /**
     * @param coder the coder whose codes code fields mean, or null for every visible coder's
     * @param visible the only coders whose codings the query may see, or null for every coder
     */
    CorpusQueryParser(Analyzer analyzer, QueryVocabulary vocabulary, String coder, List<String> visible) {
        super(ANY, analyzer);
        this.vocabulary = vocabulary;
        this.coder = coder;
        this.visible = visible == null ? null : List.copyOf(visible);
        setDefaultOperator(AND_OPERATOR);
        setAllowLeadingWildcard(true);
    }

    /** The deepest brackets a query may nest. */
    static final int MAX_NESTING = 100;

    /** How deep the query's brackets nest, outside quoted phrases. */
    static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    /** Parses a query as typed; a blank query finds every turn. */
    Query parseQuery(String text) {
        query = text;
        if (text.isBlank()) {
            return MatchAllDocsQuery.INSTANCE;
        }
        int deepest = nesting(text);
        if (deepest > MAX_NESTING) {
            // Lucene's parser recurses once per bracket: thousands of them overflow the stack.
            throw new QuerySyntaxException("the query nests brackets " + deepest + " deep; at most " + MAX_NESTING + " make sense",
                    text, -1);
        }
        try {
            Query parsed = parse(text);
            return parsed instanceof BooleanQuery b && b.clauses().isEmpty() ? MatchNoDocsQuery.INSTANCE : parsed;
        } catch (ParseException e) {
            throw translate(e);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(e.getMessage(), text, -1);
        }
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        if (field.equals(ANY)) {
            Query words = super.getFieldQuery(quoted ? EXACT : TEXT, text, quoted);
            // Words the English analyzer drops (the, not) are still found in the exact text.
            return words != null || quoted ? words : super.getFieldQuery(EXACT, text, false);
        }
        String name = field(field);
        return switch (kind(name)) {
            case TEXT -> super.getFieldQuery(name, text, quoted);
            case KEYWORD -> {
                String key = keyword(name, text);
                yield hidden(name) ? coders(name, key::equals) : new TermQuery(new Term(name, key));
            }
            case CODE -> codes(name, text, vocabulary::codes);
            case NUMBER -> IntPoint.newExactQuery(name, number(name, text));
            case DATE -> IntPoint.newExactQuery(name, day(text));
            case TIME -> LongPoint.newExactQuery(name, millis(name, text));
            case VALUE -> {
                double exact = value(name, text);
                yield values(name, on -> DoublePoint.newExactQuery(on, exact));
            }
        };
    }

    @Override
    protected Query getRangeQuery(String field, String from, String to, boolean fromIncluded, boolean toIncluded)
            throws ParseException {
        if (field.equals(ANY)) {
            throw fail("a range needs a field, as in session:[2 TO 3]", from == null ? "[" : from);
        }
        String name = field(field);
        return switch (kind(name)) {
            case TEXT, KEYWORD -> hidden(name) ? coders(name, key -> within(key, lower(from), lower(to), fromIncluded, toIncluded))
                    : TermRangeQuery.newStringRange(name, lower(from), lower(to), fromIncluded, toIncluded);
            case CODE -> throw fail("codes have no order: list them with OR, as in code:(script OR chronicle)", field);
            case NUMBER -> IntPoint.newRangeQuery(name,
                    from == null ? Integer.MIN_VALUE : number(name, from) + (fromIncluded ? 0 : 1),
                    to == null ? Integer.MAX_VALUE : number(name, to) - (toIncluded ? 0 : 1));
            case DATE -> IntPoint.newRangeQuery(name,
                    from == null ? Integer.MIN_VALUE : day(from) + (fromIncluded ? 0 : 1),
                    to == null ? Integer.MAX_VALUE : day(to) - (toIncluded ? 0 : 1));
            case TIME -> LongPoint.newRangeQuery(name,
                    from == null ? Long.MIN_VALUE : millis(name, from) + (fromIncluded ? 0 : 1),
                    to == null ? Long.MAX_VALUE : millis(name, to) - (toIncluded ? 0 : 1));
            case VALUE -> {
                double low = from == null ? Double.NEGATIVE_INFINITY : value(name, from);
                double high = to == null ? Double.POSITIVE_INFINITY : value(name, to);
                yield values(name, on -> DoublePoint.newRangeQuery(on,
                        fromIncluded ? low : Math.nextUp(low), toIncluded ? high : Math.nextDown(high)));
            }
        };
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
        if (field.equals("*") && text.equals("*")) {
            return MatchAllDocsQuery.INSTANCE;
        }
        return multiTerm(field, text, () -> super.getWildcardQuery(field.equals(ANY) ? EXACT : field(field), text));
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
        return multiTerm(field, text + "*", () -> super.getPrefixQuery(field.equals(ANY) ? EXACT : field(field), text));
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
        String name = field.equals(ANY) ? EXACT : field(field);
        if (kind(name) != Kind.TEXT) {
            throw fail("~ (similar spelling) works on words only, not on " + field, field);
        }
        return super.getFuzzyQuery(name, text, similarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
        String name = field.equals(ANY) ? EXACT : field(field);
        if (kind(name) != Kind.TEXT && kind(name) != Kind.KEYWORD) {
            throw fail("/regular expressions/ work on words, speakers, transcripts and dyads only", field);
        }
        if (hidden(name)) {
            return coders(name, matcher(new org.apache.lucene.util.automaton.RegExp(text).toAutomaton()));
        }
        return super.getRegexpQuery(name, text);
    }

    private interface Parsing {
        Query run() throws ParseException;
    }

    private Query multiTerm(String field, String pattern, Parsing onText) throws ParseException {
        if (field.equals(ANY)) {
            return onText.run();
        }
        String name = field(field);
        return switch (kind(name)) {
            case TEXT -> onText.run();
            case KEYWORD -> hidden(name) ? coders(name, matcher(WildcardQuery.toAutomaton(new Term(name, key(pattern)),
                    org.apache.lucene.util.automaton.Operations.DEFAULT_DETERMINIZE_WORK_LIMIT)))
                    : new WildcardQuery(new Term(name, key(pattern)));
            case CODE -> codes(name, pattern, vocabulary::codesLike);
            default -> throw fail("* and ? work on words and names, not on " + field + ": use a range, as in "
                    + field + ":[1 TO 3]", field);
        };
    }

    // ---- fields

    private enum Kind { TEXT, KEYWORD, CODE, NUMBER, DATE, TIME, VALUE }

    private String field(String typed) {
        String name = typed.toLowerCase(Locale.ROOT);
        try {
            kind(name);
            return name;
        } catch (IllegalArgumentException e) {
            throw fail("unknown field '" + typed + "': fields are " + String.join(", ", FIELDS), typed);
        }
    }

    private static Kind kind(String name) {
        if (name.startsWith(VALUE_PREFIX) && name.length() > VALUE_PREFIX.length()) {
            return Kind.VALUE;
        }
        String base = name.startsWith(PREVIOUS) ? name.substring(PREVIOUS.length())
                : name.startsWith(NEXT) ? name.substring(NEXT.length()) : null;
        if (base != null) {
            if (!NEIGHBOUR_FIELDS.contains(base) || base.equals(CODED)) {
                throw new IllegalArgumentException(name);
            }
            return base.equals(CODE) ? Kind.CODE : Kind.KEYWORD;
        }
        return switch (name) {
            case TEXT, EXACT -> Kind.TEXT;
            case TRANSCRIPT, DYAD, SPEAKER, ROLE, CODER -> Kind.KEYWORD;
            case CODE -> Kind.CODE;
            case SESSION, TURN -> Kind.NUMBER;
            case DATE -> Kind.DATE;
            case START, END -> Kind.TIME;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private String keyword(String field, String text) {
        String base = field.substring(field.indexOf('.') + 1);
        if (base.equals(ROLE)) {
            try {
                return Role.fromLabel(text).label();
            } catch (IllegalArgumentException e) {
                throw fail("unknown role '" + text + "': roles are therapist, client and other", text);
            }
        }
        if (base.equals(CODER)) {
            return key(resolve(() -> vocabulary.coder(text), text));
        }
        return key(text);
    }

    private static String lower(String text) {
        return text == null ? null : key(text);
    }

    /** Codes by name, id, group or pattern; "coder/code" for one coder's; the parser's coder's when it has one. */
    private Query codes(String field, String text, Function<String, List<String>> lookup) {
        String prefix = field.substring(0, field.length() - CODE.length());
        String who = coder;
        String what = text;
        int slash = text.indexOf('/');
        if (slash > 0) {
            String named = text.substring(0, slash);
            who = resolve(() -> vocabulary.coder(named), named);
            what = text.substring(slash + 1);
        }
        String wanted = what;
        List<String> ids = resolve(() -> lookup.apply(wanted), wanted);
        List<String> whose = whose(who);
        List<Term> terms = new ArrayList<>();
        for (String id : ids) {
            if (whose == null) {
                terms.add(new Term(prefix + CODE, id));
            } else {
                whose.forEach(w -> terms.add(new Term(prefix + CODED, coded(w, id))));
            }
        }
        return any(terms.stream().map(t -> (Query) new TermQuery(t)).toList());
    }

    /**
     * The coders a code or value field looks at: the one named, else every visible coder; null for
     * anyone's. A named coder who is not visible leaves none.
     */
    private List<String> whose(String named) {
        if (visible == null) {
            return named == null ? null : List.of(named);
        }
        return named == null ? visible : visible.stream().filter(v -> key(v).equals(key(named))).toList();
    }

    /** A value field's query on the coders it looks at: anyone's, the parser's coder's, or only the visible coders'. */
    private Query values(String field, Function<String, Query> onField) {
        String named = field.substring(VALUE_PREFIX.length());
        String code = resolve(() -> vocabulary.scaleCode(named), field);
        List<String> whose = whose(coder);
        if (whose == null) {
            return onField.apply(CorpusFields.valueField(code));
        }
        return any(whose.stream().map(w -> onField.apply(CorpusFields.valueField(code, w))).toList());
    }

    /** Any of the queries; none matches nothing. */
    private static Query any(List<Query> queries) {
        if (queries.isEmpty()) {
            return MatchNoDocsQuery.INSTANCE;
        }
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Whether a field names coders that the query may not all see. */
    private boolean hidden(String field) {
        return visible != null && field.substring(field.indexOf('.') + 1).equals(CODER);
    }

    /**
     * A coder field where only some coders are visible: the visible coders whose (lower-cased)
     * names fit, each as a term, so that a pattern or range never reaches a hidden coder.
     */
    private Query coders(String field, java.util.function.Predicate<String> fits) {
        return any(visible.stream().map(CorpusFields::key).filter(fits).distinct()
                .map(k -> (Query) new TermQuery(new Term(field, k))).toList());
    }

    private static java.util.function.Predicate<String> matcher(org.apache.lucene.util.automaton.Automaton automaton) {
        org.apache.lucene.util.automaton.CharacterRunAutomaton run = new org.apache.lucene.util.automaton.CharacterRunAutomaton(
                org.apache.lucene.util.automaton.Operations.determinize(automaton,
                        org.apache.lucene.util.automaton.Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
        return run::run;
    }

    private static boolean within(String key, String from, String to, boolean fromIncluded, boolean toIncluded) {
        int low = from == null ? 1 : key.compareTo(from);
        int high = to == null ? -1 : key.compareTo(to);
        return (fromIncluded ? low >= 0 : low > 0) && (toIncluded ? high <= 0 : high < 0);
    }

    private <T> T resolve(java.util.function.Supplier<T> lookup, String where) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage(), where);
        }
    }

    // ---- values

    private int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw fail(field + " takes a whole number, as in " + field + ":2, not '" + text + "'", text);
        }
    }

    private int day(String text) {
        try {
            return Math.toIntExact(LocalDate.parse(text.strip()).toEpochDay());
        } catch (DateTimeParseException e) {
            throw fail("date takes a day as YYYY-MM-DD, as in date:2024-03-05, not '" + text + "'", text);
        }
    }

    private long millis(String field, String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw fail(field + " takes a time as seconds, MM:SS or HH:MM:SS, not '" + text + "'", text);
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        double seconds = Double.parseDouble(m.group(3));
        return (hours * 3600 + minutes * 60) * 1000 + Math.round(seconds * 1000);
    }

    private double value(String field, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw fail(field + " takes a number, as in " + field + ":[5 TO 7], not '" + text + "'", text);
        }
    }

    // ---- errors

    /** An error placed at the first place {@code what} appears in the query. */
    private QuerySyntaxException fail(String problem, String what) {
        int at = what == null || what.isEmpty() ? -1 : query.toLowerCase(Locale.ROOT).indexOf(what.toLowerCase(Locale.ROOT));
        return new QuerySyntaxException(problem, query, at);
    }

    private QuerySyntaxException translate(ParseException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof QuerySyntaxException q) {
            return q;
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return new QuerySyntaxException("the query has too many parts; narrow its wildcards", query, -1);
        }
        if (cause instanceof TokenMgrError) {
            int quotes = query.replace("\\\"", "").length() - query.replace("\\\"", "").replace("\"", "").length();
            if (quotes % 2 == 1) {
                return new QuerySyntaxException("a quotation mark is not closed", query, query.lastIndexOf('"'));
            }
            return new QuerySyntaxException("the query ends inside an escape or a /regular expression/", query, query.length());
        }
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            Token bad = p.currentToken.next;
            int at = Math.max(0, bad.beginColumn); // the classic parser counts columns from 0
            if (bad.kind == QueryParserConstants.EOF) {
                String last = p.currentToken.image == null ? "" : p.currentToken.image;
                return new QuerySyntaxException("the query ends too soon: something should follow '" + last + "'",
                        query, query.length());
            }
            String hint = switch (bad.image) {
                case ")" -> "a ')' without its '(', or an empty group";
                case "]", "}" -> "a range needs both ends, as in session:[2 TO 3]";
                case ":" -> "a field needs a name before ':', as in code:amplification";
                default -> "'" + bad.image + "' is out of place";
            };
            return new QuerySyntaxException(hint, query, at);
        }
        return new QuerySyntaxException(cause.getMessage(), query, -1);
    }
}
