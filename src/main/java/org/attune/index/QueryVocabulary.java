package org.attune.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;

/**
 * The names a query may use for codes and coders: a code by its id or its name, a group of codes
 * by the group's id or name, a coder by name, all blind to case.
 */
public final class QueryVocabulary {

    private final Codebook codebook;
    private final Map<String, String> coders = new LinkedHashMap<>();
    private final Map<String, Integer> rank = new LinkedHashMap<>();

    private QueryVocabulary(Codebook codebook, Collection<String> coderNames) {
        this.codebook = codebook;
        coderNames.forEach(name -> coders.put(norm(name), name));
        if (codebook != null) {
            codebook.codes().forEach(code -> rank.put(code.id(), rank.size()));
        }
    }

    /** The fields a query can name (value.CODE standing for a scale code's id), as the error of an unknown field lists them. */
    public static java.util.List<String> fields() {
        return CorpusQueryParser.FIELDS;
    }

    /**
     * @param codebook the project's codebook, or null when it has none
     * @param coderNames the project's coders
     */
    public static QueryVocabulary of(Codebook codebook, Collection<String> coderNames) {
        return new QueryVocabulary(codebook, coderNames);
    }

    /** The code ids a name stands for: one code, or every code of a group. */
    List<String> codes(String name) {
        Codebook book = requireCodebook(name);
        String wanted = norm(name);
        for (Code code : book.codes()) {
            if (code.id().equals(wanted) || norm(code.name()).equals(wanted)) {
                return List.of(code.id());
            }
        }
        for (CodeGroup group : book.groups()) {
            if (group.id().equals(wanted) || norm(group.name()).equals(wanted)) {
                return group.codes().stream().map(Code::id).toList();
            }
        }
        throw new IllegalArgumentException("no code or group '" + name + "' in the codebook" + suggestions(wanted));
    }

    /** The code ids whose id or name matches a pattern with * and ?. */
    List<String> codesLike(String glob) {
        Codebook book = requireCodebook(glob);
        Pattern pattern = globPattern(norm(glob));
        List<String> ids = book.codes().stream()
                .filter(code -> pattern.matcher(code.id()).matches() || pattern.matcher(norm(code.name())).matches())
                .map(Code::id).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no code in the codebook matches '" + glob + "'");
        }
        return ids;
    }

    /** The scale code a name stands for: a scale code, or a group whose only scale code it is. */
    String scaleCode(String name) {
        Codebook book = requireCodebook(name);
        String wanted = norm(name);
        List<Code> scales = book.codes().stream().filter(Code::isScale).toList();
        for (Code code : scales) {
            if (code.id().equals(wanted) || norm(code.name()).equals(wanted)) {
                return code.id();
            }
        }
        for (CodeGroup group : book.groups()) {
            List<Code> inGroup = group.codes().stream().filter(Code::isScale).toList();
            if (inGroup.size() == 1 && (group.id().equals(wanted) || norm(group.name()).equals(wanted))) {
                return inGroup.get(0).id();
            }
        }
        String known = scales.isEmpty() ? "the codebook has no scale codes"
                : "scale codes are " + String.join(", ", scales.stream().map(Code::id).toList());
        throw new IllegalArgumentException("'" + name + "' is not a scale code: " + known);
    }

    /**
     * A coder's name as the project writes it, found blind to case.
     *
     * @throws IllegalArgumentException naming the project's coders, when it has no such coder
     */
    public String coder(String name) {
        String found = coders.get(norm(name));
        if (found == null) {
            String known = coders.isEmpty() ? "the project has no codings yet" : "coders are " + String.join(", ", coders.values());
            throw new IllegalArgumentException("no coder '" + name + "': " + known);
        }
        return found;
    }

    /** Codes in codebook order, codes it does not know last. */
    int rank(String codeId) {
        return rank.getOrDefault(codeId, Integer.MAX_VALUE);
    }

    /** The code's name, or its id when the codebook does not know it. */
    public String codeName(String codeId) {
        return codebook == null ? codeId : codebook.code(codeId).map(Code::name).orElse(codeId);
    }

    private Codebook requireCodebook(String name) {
        if (codebook == null) {
            throw new IllegalArgumentException("the project has no codebook, so there is no code '" + name + "'");
        }
        return codebook;
    }

    /** Codes whose id or name holds the word or begins as it does: most typos keep a word's start. */
    private String suggestions(String wanted) {
        int best = 2;
        List<String> close = new ArrayList<>();
        for (Code code : codebook.codes()) {
            int shared = Math.max(sharedStart(code.id(), wanted), sharedStart(norm(code.name()), wanted));
            boolean holds = code.id().contains(wanted) || norm(code.name()).contains(wanted) || wanted.contains(code.id());
            if (holds) {
                shared = Math.max(shared, wanted.length());
            }
            if (shared > best) {
                best = shared;
                close.clear();
            }
            if (shared == best && best > 2) {
                close.add(code.id());
            }
        }
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close.subList(0, Math.min(5, close.size()))) + "?";
    }

    private static int sharedStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    static String norm(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
