package org.attune.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.ScaleMeasure;

/**
 * Turns as units: builds, transcript by transcript, the rating tables of every code, exclusive
 * group and scale code of a codebook for a set of coders. The rules, which every report states:
 * a code or group counts the turns of the role it applies to; a transcript counts only when each
 * compared coder has coded something in it; a coding over several turns is on each of them; a
 * turn a coder did not give a code is "absent" for that code, and "none" for its exclusive group;
 * a scale code's level is compared where a coder gave one, and is missing where not.
 */
public final class TurnUnits {

    /** The rules above, in a sentence each, for reports. */
    public static final List<String> RULES = List.of(
            "unit: the turn",
            "a code or group counts only the turns of the role it applies to",
            "a transcript counts only when every compared coder has coded something in it",
            "a coding over several turns is on each of them",
            "a turn a coder did not give a code counts as that code absent, and as \"none\" for its exclusive group",
            "a scale code's level is compared on the turns where a coder gave one; elsewhere that coder's rating is missing",
            "overall: every code's presence on every turn it applies to, pooled into one table");

    private static final String NONE = "none";

    private final Codebook codebook;
    private final List<String> coders;
    private final Map<String, Integer> coderIndex = new HashMap<>();
    private final List<Code> codes;
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private final Map<String, CodeGroup> groupOfCode = new HashMap<>();
    private final Map<String, PatternCounter> presence = new LinkedHashMap<>();
    private final Map<String, PatternCounter> choice = new LinkedHashMap<>();
    private final Map<String, PatternCounter> levels = new LinkedHashMap<>();
    private final PatternCounter pooled;
    private final String[] presenceId;
    private final int[] presenceCode;
    private final AppliesTo[] presenceApplies;
    private final PatternCounter[] presenceCounter;
    private final PatternCounter[] levelCounter;
    private final CodeGroup[] choiceGroup;
    private final int[][] choiceCodes;
    private final PatternCounter[] choiceCounter;
    private final List<String> counted = new ArrayList<>();
    private final Map<String, List<String>> leftOut = new LinkedHashMap<>();

    /**
     * @param codebook the codebook the codings follow
     * @param coders the coders compared, two or more
     * @param subjects the ids of the codes and groups to report; empty for all
     */
    public TurnUnits(Codebook codebook, List<String> coders, Set<String> subjects) {
        if (coders.size() < 2) {
            throw new IllegalArgumentException("agreement compares two coders or more, got " + coders);
        }
        this.codebook = codebook;
        this.coders = List.copyOf(coders);
        for (int c = 0; c < coders.size(); c++) {
            coderIndex.put(coders.get(c), c);
        }
        this.codes = codebook.codes();
        for (int i = 0; i < codes.size(); i++) {
            codeIndex.put(codes.get(i).id(), i);
        }
        List<String> absentPresent = List.of("absent", "present");
        for (CodeGroup group : codebook.groups()) {
            boolean wholeGroup = subjects.isEmpty() || subjects.contains(group.id());
            for (Code code : group.codes()) {
                groupOfCode.put(code.id(), group);
                if (wholeGroup || subjects.contains(code.id())) {
                    presence.put(code.id(), new PatternCounter(coders, absentPresent, new double[] {0, 1}));
                    if (code.isScale()) {
                        levels.put(code.id(), new PatternCounter(coders,
                                code.levels().stream().map(l -> l.valueText()).toList(),
                                code.levels().stream().mapToDouble(l -> l.value().doubleValue()).toArray()));
                    }
                }
            }
            if (group.exclusive() && wholeGroup) {
                List<String> categories = new ArrayList<>(group.codes().stream().map(Code::id).toList());
                categories.add(NONE);
                double[] values = new double[categories.size()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = k + 1;
                }
                choice.put(group.id(), new PatternCounter(coders, categories, values));
            }
        }
        pooled = new PatternCounter(coders, absentPresent, new double[] {0, 1});
        // The same as arrays, for the loop over every turn.
        List<String> presenceIds = List.copyOf(presence.keySet());
        presenceId = presenceIds.toArray(String[]::new);
        presenceCode = presenceIds.stream().mapToInt(codeIndex::get).toArray();
        presenceApplies = presenceIds.stream().map(id -> groupOfCode.get(id).appliesTo()).toArray(AppliesTo[]::new);
        presenceCounter = presenceIds.stream().map(presence::get).toArray(PatternCounter[]::new);
        levelCounter = presenceIds.stream().map(levels::get).toArray(PatternCounter[]::new);
        choiceGroup = choice.keySet().stream().map(id -> codebook.group(id).orElseThrow()).toArray(CodeGroup[]::new);
        choiceCodes = new int[choiceGroup.length][];
        for (int g = 0; g < choiceGroup.length; g++) {
            choiceCodes[g] = choiceGroup[g].codes().stream().mapToInt(c -> codeIndex.get(c.id())).toArray();
        }
        choiceCounter = choice.values().toArray(PatternCounter[]::new);
    }

    /**
     * Adds a transcript's turns, given by their roles (turn 1 first), and its codings by any
     * coders (those of others are ignored). Returns whether the transcript counted.
     */
    public boolean add(String transcript, List<Role> roles, List<Coding> codings) {
        return add(transcript, roles, codings, null);
    }

    /** As {@link #add(String, List, List)}, telling the listener (when not null) every unit's ratings. */
    public boolean add(String transcript, List<Role> roles, List<Coding> codings, UnitListener listener) {
        return add(transcript, roles, CodingColumns.of(codings), listener);
    }

    /** As {@link #add(String, List, List, UnitListener)}, with the codings as columns. */
    public boolean add(String transcript, List<Role> roles, CodingColumns codings, UnitListener listener) {
        int turns = roles.size();
        int coderCount = coders.size();
        int codeCount = codes.size();
        boolean[] started = new boolean[coderCount];
        // Flat per transcript: [(turn * codes + code) * coders + coder].
        boolean[] on = new boolean[(turns + 1) * codeCount * coderCount];
        int[] level = new int[on.length];
        java.util.Arrays.fill(level, RatingTable.MISSING);
        for (int i = 0; i < codings.size(); i++) {
            Integer c = coderIndex.get(codings.coder(i));
            Integer k = codeIndex.get(codings.code(i));
            if (c == null) {
                continue;
            }
            started[c] = true;
            if (k == null) {
                continue;
            }
            int levelIndex = levelIndex(codes.get(k), codings.value(i));
            for (int t = Math.max(1, codings.startTurn(i)); t <= Math.min(turns, codings.endTurn(i)); t++) {
                int at = (t * codeCount + k) * coderCount + c;
                on[at] = true;
                if (levelIndex >= 0) {
                    level[at] = levelIndex;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < coderCount; c++) {
            if (!started[c]) {
                missing.add(coders.get(c));
            }
        }
        if (!missing.isEmpty()) {
            leftOut.put(transcript, missing);
            return false;
        }
        counted.add(transcript);
        int[] ratings = new int[coderCount];
        int[] levels = new int[coderCount];
        for (int t = 1; t <= turns; t++) {
            Role role = roles.get(t - 1);
            for (int s = 0; s < presenceCode.length; s++) {
                if (!presenceApplies[s].fits(role)) {
                    continue;
                }
                int base = (t * codeCount + presenceCode[s]) * coderCount;
                for (int c = 0; c < coderCount; c++) {
                    ratings[c] = on[base + c] ? 1 : 0;
                }
                presenceCounter[s].add(ratings);
                pooled.add(ratings);
                if (listener != null) {
                    listener.unit(transcript, t, Comparison.PRESENCE, presenceId[s], ratings);
                }
                if (levelCounter[s] != null) {
                    System.arraycopy(level, base, levels, 0, coderCount);
                    levelCounter[s].add(levels);
                    if (listener != null) {
                        listener.unit(transcript, t, Comparison.LEVEL, presenceId[s], levels);
                    }
                }
            }
            for (int g = 0; g < choiceGroup.length; g++) {
                CodeGroup group = choiceGroup[g];
                if (!group.appliesTo().fits(role)) {
                    continue;
                }
                int[] members = choiceCodes[g];
                for (int c = 0; c < coderCount; c++) {
                    ratings[c] = members.length; // none
                    for (int m = 0; m < members.length; m++) {
                        if (on[(t * codeCount + members[m]) * coderCount + c]) {
                            ratings[c] = m;
                            break;
                        }
                    }
                }
                choiceCounter[g].add(ratings);
                if (listener != null) {
                    listener.unit(transcript, t, Comparison.CHOICE, group.id(), ratings);
                }
            }
        }
        return true;
    }

    /** The index of the scale's level with this value, or -1 (a flag, no value, or a value that is no level). */
    private static int levelIndex(Code code, double value) {
        if (!code.isScale() || Double.isNaN(value)) {
            return -1;
        }
        for (int l = 0; l < code.levels().size(); l++) {
            if (code.levels().get(l).value().doubleValue() == value) {
                return l;
            }
        }
        return -1;
    }

    /** The categories of a subject's ratings: absent and present, a group's codes and "none", or a scale's levels. */
    public List<String> categories(Comparison comparison, String id) {
        return switch (comparison) {
            case PRESENCE, POOLED -> List.of("absent", "present");
            case LEVEL -> codes.get(codeIndex.get(id)).levels().stream().map(l -> l.valueText()).toList();
            case CHOICE -> {
                List<String> categories = new ArrayList<>(codebook.group(id).orElseThrow().codes().stream().map(Code::id).toList());
                categories.add(NONE);
                yield categories;
            }
        };
    }

    /** The transcripts that counted, by name: the same report whatever order they came in. */
    public List<String> counted() {
        return counted.stream().sorted().toList();
    }

    /** The transcripts left out, by name, with the compared coders who had not coded them. */
    public Map<String, List<String>> leftOut() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(leftOut));
    }

    /** Every code's presence, every exclusive group's choice, every scale code's level, and the pooled table. */
    public List<Subject> subjects() {
        List<Subject> out = new ArrayList<>();
        for (Map.Entry<String, PatternCounter> e : presence.entrySet()) {
            Code code = codes.get(codeIndex.get(e.getKey()));
            out.add(new Subject(code.id(), code.name(), Comparison.PRESENCE, Level.NOMINAL, e.getValue().table()));
            PatternCounter scale = levels.get(e.getKey());
            if (scale != null) {
                out.add(new Subject(code.id(), code.name(), Comparison.LEVEL, level(code.measure()), scale.table()));
            }
        }
        for (Map.Entry<String, PatternCounter> e : choice.entrySet()) {
            CodeGroup group = codebook.group(e.getKey()).orElseThrow();
            out.add(new Subject(group.id(), group.name(), Comparison.CHOICE, Level.NOMINAL, e.getValue().table()));
        }
        out.add(new Subject("overall", "All codes, pooled", Comparison.POOLED, Level.NOMINAL, pooled.table()));
        return out;
    }

    private static Level level(ScaleMeasure measure) {
        return measure == null ? Level.ORDINAL : switch (measure) {
            case ORDINAL -> Level.ORDINAL;
            case INTERVAL -> Level.INTERVAL;
            case RATIO -> Level.RATIO;
        };
    }
}
