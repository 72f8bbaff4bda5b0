package org.attune.bench;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.Turn;

/**
 * What a generated corpus is like, tallied as its sessions go by: sessions, dyads, turns by role,
 * words, codings by coder, and how often the second coder took the first coder's decision.
 */
public final class CorpusShape {

    private static final int MAX_WORDS = 1_000;

    private final Set<String> dyads = new HashSet<>();
    private int sessions;
    private int shortestSession = Integer.MAX_VALUE;
    private int longestSession;
    private long turns;
    private final long[] turnsByRole = new long[Role.values().length];
    private final long[] wordHistogram = new long[MAX_WORDS + 1];
    private long words;
    private long sameSpeakerRuns;
    private final Map<String, Long> codingsByCoder = new HashMap<>();
    private long firstCodings;
    private long secondHasFirst;
    private long formUnits;
    private long sameForm;
    private long levelUnits;
    private long sameLevel;

    void add(CodedCorpusGenerator.Session session) {
        sessions++;
        List<Turn> sessionTurns = session.transcript().turns();
        shortestSession = Math.min(shortestSession, sessionTurns.size());
        longestSession = Math.max(longestSession, sessionTurns.size());
        dyads.add(session.transcript().session().dyad());
        Role previous = null;
        for (Turn turn : sessionTurns) {
            turns++;
            turnsByRole[turn.role().ordinal()]++;
            int count = turn.text().split(" ").length;
            words += count;
            wordHistogram[Math.min(count, MAX_WORDS)]++;
            if (turn.role() != Role.OTHER && turn.role() == previous) {
                sameSpeakerRuns++;
            }
            previous = turn.role();
        }
        // Per turn: the first coder's codings, and the second's, as code -> value.
        Map<Integer, Map<String, BigDecimal>> first = new HashMap<>();
        Map<Integer, Map<String, BigDecimal>> second = new HashMap<>();
        for (Coding coding : session.codings()) {
            codingsByCoder.merge(coding.coder(), 1L, Long::sum);
            Map<Integer, Map<String, BigDecimal>> byTurn = coding.coder().equals(CodedCorpusGenerator.FIRST_CODER) ? first : second;
            byTurn.computeIfAbsent(coding.span().startTurn(), t -> new HashMap<>()).put(coding.codeId(), coding.value());
        }
        for (Map.Entry<Integer, Map<String, BigDecimal>> entry : first.entrySet()) {
            Map<String, BigDecimal> theirs = second.getOrDefault(entry.getKey(), Map.of());
            for (Map.Entry<String, BigDecimal> code : entry.getValue().entrySet()) {
                firstCodings++;
                boolean same = theirs.containsKey(code.getKey()) && Objects.equals(theirs.get(code.getKey()), code.getValue());
                if (same) {
                    secondHasFirst++;
                }
                if (isForm(code.getKey())) {
                    formUnits++;
                    if (same) {
                        sameForm++;
                    }
                }
                if (code.getKey().equals(CodedCorpusGenerator.EXPERIENCING)) {
                    levelUnits++;
                    if (same) {
                        sameLevel++;
                    }
                }
            }
        }
    }

    private static boolean isForm(String code) {
        return CodedCorpusGenerator.THERAPIST_CODES.get("therapist-form").stream().anyMatch(r -> r.code().equals(code))
                || CodedCorpusGenerator.CLIENT_CODES.get("client-form").stream().anyMatch(r -> r.code().equals(code));
    }

    int sessions() {
        return sessions;
    }

    int dyads() {
        return dyads.size();
    }

    int shortestSession() {
        return sessions == 0 ? 0 : shortestSession;
    }

    int longestSession() {
        return longestSession;
    }

    public long turns() {
        return turns;
    }

    long turns(Role role) {
        return turnsByRole[role.ordinal()];
    }

    long words() {
        return words;
    }

    double meanWords() {
        return turns == 0 ? 0 : (double) words / turns;
    }

    int medianWords() {
        long seen = 0;
        for (int w = 0; w <= MAX_WORDS; w++) {
            seen += wordHistogram[w];
            if (seen * 2 >= turns) {
                return w;
            }
        }
        return MAX_WORDS;
    }

    /** The share of turns of at least this many words. */
    double shareOfTurnsWithAtLeast(int count) {
        long at = 0;
        for (int w = count; w <= MAX_WORDS; w++) {
            at += wordHistogram[w];
        }
        return turns == 0 ? 0 : (double) at / turns;
    }

    int longestTurnWords() {
        for (int w = MAX_WORDS; w >= 0; w--) {
            if (wordHistogram[w] > 0) {
                return w;
            }
        }
        return 0;
    }

    /** Therapist or client turns that follow a turn of the same speaker. */
    long sameSpeakerRuns() {
        return sameSpeakerRuns;
    }

    long codings() {
        return codingsByCoder.values().stream().mapToLong(Long::longValue).sum();
    }

    long codings(String coder) {
        return codingsByCoder.getOrDefault(coder, 0L);
    }

    /** The share of the first coder's codings that the second coder also made (same turn, code and value). */
    double agreement() {
        return firstCodings == 0 ? 0 : (double) secondHasFirst / firstCodings;
    }

    /** The share of turns on which the second coder chose the same therapist- or client-form code. */
    double formAgreement() {
        return formUnits == 0 ? 0 : (double) sameForm / formUnits;
    }

    /** The share of the first coder's Experiencing levels that the second coder gave too. */
    double levelAgreement() {
        return levelUnits == 0 ? 0 : (double) sameLevel / levelUnits;
    }
}
