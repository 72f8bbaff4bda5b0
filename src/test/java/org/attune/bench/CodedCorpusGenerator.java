package org.attune.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;
import org.attune.model.Coding;
import org.attune.model.Role;
import org.attune.model.SessionInfo;
import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.transcript.ContentHash;

/**
 * A coded corpus that looks like a process study's: dyads of a therapist and a client, each seen
 * for 8 to 18 weekly sessions of 300 to 700 turns; therapist and client take turns, now and then
 * one speaks twice running, and about one turn in 70 is someone else's (a partner, an
 * interpreter, a knock at the door). The text is {@link SessionTranscriptGenerator}'s, over its
 * vocabulary plus the family and feeling words analysts search for ({@link #VOCABULARY}).
 *
 * <p>Two coders code every therapist and client turn, whole turns, with the Conversational Model
 * codebook ({@code codebooks/conversational-model.yaml}) at the rates of {@link #THERAPIST_CODES}
 * and {@link #CLIENT_CODES}: one therapist-form code on every therapist turn and often a Meares
 * move or PIT feature; one client-form code on every client turn and mostly an Experiencing level;
 * now and then a self-state shift (more often right after an amplification) or a rupture marker.
 * The first coder, {@link #FIRST_CODER}, decides; the second, {@link #SECOND_CODER}, takes the same
 * decision about four times in five. Exclusive groups get at most one code per coder and turn, and
 * every group only turns of the role it applies to, as Attune requires.
 *
 * <p>Everything comes from one seed: the same size and seed give the same corpus, turn for turn
 * and coding for coding. Sessions are made one at a time as they are read, so a corpus of a
 * million turns is never held whole.
 */
public final class CodedCorpusGenerator implements Iterable<CodedCorpusGenerator.Session> {

    /** The seed of the search benchmark's corpus: change it and figures stop being comparable. */
    public static final long SEED = 20_261_126L;
    public static final String FIRST_CODER = "anna";
    public static final String SECOND_CODER = "ben";
    /** The agreement benchmark's third coder, who also takes the first coder's decisions about four times in five. */
    public static final String THIRD_CODER = "carla";
    /** When every coding was made: fixed, so that the corpus is the same on every run. */
    static final Instant CODED_AT = Instant.parse("2025-06-02T09:00:00Z");
    static final int MIN_SESSION_TURNS = 300;
    static final int MAX_SESSION_TURNS = 700;

    /** Extra entries for the benchmark vocabulary: what clients talk about, as analysts search for it. */
    private static final String[] TOPICAL = (
            "mother my_mother father my_father mother’s angry hurt afraid alone annoyed"
            ).split(" ");
    /** The search benchmark's vocabulary: the import benchmark's, with {@link #TOPICAL} added. */
    static final String[] VOCABULARY = vocabulary();

    private static final String[] THERAPISTS = {
        "Dr Lee", "Dr Okafor", "Dr Brennan", "Dr Sharma", "Dr Kowalski", "Dr Haddad", "Dr Murphy", "Dr Lindqvist",
        "Dr Adeyemi", "Dr Rossi", "Dr Nakamura", "Dr Fitzgerald",
    };
    private static final String[] OTHERS = {"Partner", "Interpreter", "Unknown speaker"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 3);

    /** A code and how often the first coder gives it to a turn it may apply to. */
    record Rate(String code, double rate) {
    }

    /** The therapist's groups and rates, by group id; exclusive groups pick at most one code. */
    static final Map<String, List<Rate>> THERAPIST_CODES = therapistCodes();
    /** The client's groups and rates, by group id; the experiencing group is a scale, handled apart. */
    static final Map<String, List<Rate>> CLIENT_CODES = clientCodes();
    static final String EXPERIENCING = "experiencing-level";
    /** How often a client turn of more than three words gets an Experiencing level, and the levels' weights. */
    private static final double EXPERIENCING_RATE = 0.7;
    private static final double[] LEVEL_WEIGHTS = {0.08, 0.27, 0.30, 0.18, 0.10, 0.05, 0.02};

    /** How often the second coder takes the first coder's decision on a group or code. */
    static final double SAME_FORM = 0.82;
    static final double SAME_FLAG = 0.78;
    static final double SAME_LEVEL = 0.72;

    /** One session: its transcript and both coders' codings of it. */
    public record Session(Transcript transcript, List<Coding> codings) {
    }

    private final int turns;
    private final long seed;
    private final boolean thirdCoder;

    /**
     * @param turns how many turns the corpus has in all, from 1
     * @param codebook the codebook the codings must keep: its groups, roles and levels are checked
     *     against the rates here, so that a changed codebook fails loudly rather than quietly
     *     changing the corpus
     */
    public CodedCorpusGenerator(int turns, long seed, Codebook codebook) {
        this(turns, seed, codebook, false);
    }

    /** As above, with {@link #THIRD_CODER} coding too when asked: the first two coders' codings stay the same. */
    public CodedCorpusGenerator(int turns, long seed, Codebook codebook, boolean thirdCoder) {
        this.thirdCoder = thirdCoder;
        if (turns < 1) {
            throw new IllegalArgumentException("a corpus needs at least one turn, got " + turns);
        }
        this.turns = turns;
        this.seed = seed;
        requireFits(codebook);
    }

    public int turns() {
        return turns;
    }

    @Override
    public Iterator<Session> iterator() {
        return new Sessions();
    }

    private final class Sessions implements Iterator<Session> {
        private final SplittableRandom structure = new SplittableRandom(seed);
        private SplittableRandom coding = new SplittableRandom(seed ^ 0x5DEECE66DL);
        private final SplittableRandom thirdCoding = new SplittableRandom(seed ^ 0x3C6EF372FE94F82BL);
        private final SessionTranscriptGenerator text = new SessionTranscriptGenerator(seed, VOCABULARY);
        private int made;
        private int dyad;
        private int sessionsLeft;
        private int session;
        private String therapist;
        private LocalDate date;

        @Override
        public boolean hasNext() {
            return made < turns;
        }

        @Override
        public Session next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (sessionsLeft == 0) {
                dyad++;
                if (dyad > 999) {
                    throw new IllegalStateException("more than 999 dyads: the names d001.. would no longer sort");
                }
                sessionsLeft = structure.nextInt(8, 19);
                session = 0;
                therapist = THERAPISTS[structure.nextInt(THERAPISTS.length)];
                date = FIRST_DAY.plusDays(structure.nextInt(0, 700));
            } else {
                date = date.plusDays(7 + structure.nextInt(-2, 3));
            }
            sessionsLeft--;
            session++;
            int left = turns - made;
            int length = structure.nextInt(MIN_SESSION_TURNS, MAX_SESSION_TURNS + 1);
            if (length >= left || left - length < MIN_SESSION_TURNS) {
                length = left;
            }
            made += length;
            return session(String.format(Locale.ROOT, "d%03d", dyad), session, date, therapist, length);
        }

        private Session session(String dyadName, int number, LocalDate day, String therapistName, int length) {
            String name = String.format(Locale.ROOT, "%s-s%02d", dyadName, number);
            List<Turn> sessionTurns = new ArrayList<>(length);
            Role last = structure.nextInt(10) == 0 ? Role.CLIENT : Role.THERAPIST;
            Role role = last;
            long time = 2_000 + structure.nextInt(3_000);
            for (int n = 1; n <= length; n++) {
                if (n > 1) {
                    double u = structure.nextDouble();
                    if (u < 0.014 && role != Role.OTHER) {
                        role = Role.OTHER;
                    } else {
                        role = u < 0.074 ? last : last == Role.THERAPIST ? Role.CLIENT : Role.THERAPIST;
                        last = role;
                    }
                }
                String words = text.turnText(role);
                String speaker = switch (role) {
                    case THERAPIST -> therapistName;
                    case CLIENT -> "Client";
                    case OTHER -> OTHERS[structure.nextInt(OTHERS.length)];
                };
                int wordCount = words.split(" ").length;
                long duration = Math.max(600, Math.round(wordCount / 2.5 * 1000 * (0.8 + 0.4 * structure.nextDouble())));
                sessionTurns.add(new Turn(n, speaker, role, time, time + duration, words));
                time += duration + (structure.nextInt(20) == 0 ? 3_000 + structure.nextInt(7_000) : 200 + structure.nextInt(1_800));
            }
            Transcript transcript = new Transcript(name, name + ".docx", "docx", ContentHash.of(sessionTurns), CODED_AT,
                    new SessionInfo(dyadName, number, day), sessionTurns);
            return new Session(transcript, codings(transcript));
        }

        private List<Coding> codings(Transcript transcript) {
            List<Coding> out = new ArrayList<>(transcript.turns().size() * 4);
            Map<String, BigDecimal> previousFirst = Map.of();
            for (Turn turn : transcript.turns()) {
                Map<String, BigDecimal> first = turn.role() == Role.OTHER ? Map.of() : firstCoder(turn, previousFirst);
                Map<String, BigDecimal> second = turn.role() == Role.OTHER ? Map.of() : secondCoder(turn, first);
                add(out, FIRST_CODER, transcript.name(), turn, first);
                add(out, SECOND_CODER, transcript.name(), turn, second);
                if (thirdCoder && turn.role() != Role.OTHER) {
                    // The third coder codes as the second does, from a random stream of its own, so
                    // that the first two coders' codings (the search benchmark's corpus) do not change.
                    SplittableRandom shared = coding;
                    coding = thirdCoding;
                    add(out, THIRD_CODER, transcript.name(), turn, secondCoder(turn, first));
                    coding = shared;
                }
                previousFirst = first;
            }
            return out;
        }

        private void add(List<Coding> out, String coder, String transcript, Turn turn, Map<String, BigDecimal> codes) {
            Span span = Span.wholeTurn(turn.number(), turn.codePoints());
            codes.forEach((code, value) -> out.add(new Coding(coder, transcript, code, span, value, null, CODED_AT, CODED_AT)));
        }

        /** The first coder's codes for a turn, with the previous turn's (a shift follows an amplification more often). */
        private Map<String, BigDecimal> firstCoder(Turn turn, Map<String, BigDecimal> previous) {
            Map<String, BigDecimal> codes = new LinkedHashMap<>();
            int words = turn.text().split(" ").length;
            if (turn.role() == Role.THERAPIST) {
                boolean minimal = words <= 3 && coding.nextDouble() < 0.9;
                if (minimal) {
                    codes.put("minimal-response", null);
                    return codes;
                }
                codes.put(pickWeighted(List.of(new Rate("statement", 0.55), new Rate("question", 0.38),
                        new Rate("procedural", 0.07))), null);
                pickExclusive(THERAPIST_CODES.get("pit-hypothesis"), codes);
                pickFlags(THERAPIST_CODES.get("pit-features"), codes, 1.0);
                pickFlags(THERAPIST_CODES.get("meares-moves"), codes, 1.0);
                return codes;
            }
            // A client turn.
            String form;
            if (words <= 5) {
                form = pickWeighted(List.of(new Rate("script", 0.6), new Rate("chronicle", 0.35), new Rate("narrative", 0.05)));
            } else if (words >= 60) {
                form = pickWeighted(List.of(new Rate("narrative", 0.45), new Rate("chronicle", 0.40), new Rate("script", 0.15)));
            } else {
                form = pickWeighted(List.of(new Rate("chronicle", 0.55), new Rate("script", 0.25), new Rate("narrative", 0.20)));
            }
            codes.put(form, null);
            boolean afterAmplification = previous.containsKey("amplification");
            if (words > 3 && coding.nextDouble() < EXPERIENCING_RATE) {
                int level = 1 + pickIndex(LEVEL_WEIGHTS);
                if (afterAmplification && level < 7 && coding.nextDouble() < 0.4) {
                    level++;
                }
                codes.put(EXPERIENCING, BigDecimal.valueOf(level));
            }
            double shift = afterAmplification ? 0.15 : previous.containsKey("representation") ? 0.08 : 0.025;
            if (coding.nextDouble() < shift) {
                codes.put("self-state-shift", null);
            }
            if (coding.nextDouble() < 0.008) {
                codes.put("trauma-trigger", null);
            }
            pickFlags(CLIENT_CODES.get("alliance-ruptures"), codes, 1.0);
            if (words <= 3 && coding.nextDouble() < 0.05) {
                codes.put("withdrawal-minimal-response", null);
            }
            if (previous.containsKey("disjunction") && coding.nextDouble() < 0.05) {
                codes.put("confrontation-rejecting-intervention", null);
            }
            return codes;
        }

        /** The second coder's codes: the first coder's decisions, each taken again or not. */
        private Map<String, BigDecimal> secondCoder(Turn turn, Map<String, BigDecimal> first) {
            Map<String, BigDecimal> codes = new LinkedHashMap<>();
            Map<String, List<Rate>> groups = turn.role() == Role.THERAPIST ? THERAPIST_CODES : CLIENT_CODES;
            for (Map.Entry<String, List<Rate>> group : groups.entrySet()) {
                List<Rate> rates = group.getValue();
                List<String> chosen = rates.stream().map(Rate::code).filter(first::containsKey).toList();
                boolean form = group.getKey().endsWith("-form");
                boolean exclusive = form || group.getKey().equals("pit-hypothesis");
                if (form) {
                    String code = chosen.isEmpty() ? pickWeighted(rates) : chosen.get(0);
                    if (coding.nextDouble() >= SAME_FORM) {
                        code = otherThan(rates, code);
                    }
                    codes.put(code, null);
                } else if (exclusive) {
                    if (!chosen.isEmpty()) {
                        double u = coding.nextDouble();
                        if (u < 0.75) {
                            codes.put(chosen.get(0), null);
                        } else if (u < 0.85) {
                            codes.put(otherThan(rates, chosen.get(0)), null);
                        }
                    } else if (coding.nextDouble() < 0.02) {
                        codes.put(pickWeighted(rates), null);
                    }
                } else {
                    for (Rate rate : rates) {
                        if (first.containsKey(rate.code())) {
                            if (coding.nextDouble() < SAME_FLAG) {
                                codes.put(rate.code(), null);
                            }
                        } else if (coding.nextDouble() < rate.rate() * 0.2) {
                            codes.put(rate.code(), null);
                        }
                    }
                }
            }
            if (turn.role() == Role.CLIENT) {
                BigDecimal level = first.get(EXPERIENCING);
                double u = coding.nextDouble();
                if (level != null) {
                    if (u < SAME_LEVEL) {
                        codes.put(EXPERIENCING, level);
                    } else if (u < 0.94) {
                        int other = level.intValue() + (coding.nextBoolean() ? 1 : -1);
                        codes.put(EXPERIENCING, BigDecimal.valueOf(other < 1 ? 2 : other > 7 ? 6 : other));
                    }
                } else if (turn.text().split(" ").length > 3 && u < 0.15) {
                    codes.put(EXPERIENCING, BigDecimal.valueOf(1 + pickIndex(LEVEL_WEIGHTS)));
                }
            }
            return codes;
        }

        private void pickExclusive(List<Rate> rates, Map<String, BigDecimal> codes) {
            double u = coding.nextDouble();
            double sum = 0;
            for (Rate rate : rates) {
                sum += rate.rate();
                if (u < sum) {
                    codes.put(rate.code(), null);
                    return;
                }
            }
        }

        private void pickFlags(List<Rate> rates, Map<String, BigDecimal> codes, double scale) {
            for (Rate rate : rates) {
                if (coding.nextDouble() < rate.rate() * scale) {
                    codes.put(rate.code(), null);
                }
            }
        }

        private String pickWeighted(List<Rate> rates) {
            double total = rates.stream().mapToDouble(Rate::rate).sum();
            double u = coding.nextDouble() * total;
            for (Rate rate : rates) {
                u -= rate.rate();
                if (u < 0) {
                    return rate.code();
                }
            }
            return rates.get(rates.size() - 1).code();
        }

        private String otherThan(List<Rate> rates, String code) {
            List<Rate> others = rates.stream().filter(r -> !r.code().equals(code)).toList();
            return pickWeighted(others);
        }

        private int pickIndex(double[] weights) {
            double u = coding.nextDouble();
            for (int i = 0; i < weights.length; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }
    }

    private static Map<String, List<Rate>> therapistCodes() {
        Map<String, List<Rate>> groups = new LinkedHashMap<>();
        groups.put("therapist-form", List.of(new Rate("statement", 0.40), new Rate("question", 0.28),
                new Rate("minimal-response", 0.27), new Rate("procedural", 0.05)));
        groups.put("pit-hypothesis", List.of(new Rate("understanding-hypothesis", 0.05),
                new Rate("linking-hypothesis", 0.025), new Rate("explanatory-hypothesis", 0.01)));
        groups.put("pit-features", List.of(new Rate("cue-based-response", 0.12), new Rate("negotiation", 0.04),
                new Rate("tentative-language", 0.12), new Rate("mutual-language", 0.06), new Rate("metaphor", 0.03),
                new Rate("feeling-language", 0.18), new Rate("here-and-now", 0.08), new Rate("difficult-feelings", 0.05),
                new Rate("staying-with-feeling", 0.05), new Rate("acknowledging-change", 0.02)));
        groups.put("meares-moves", List.of(new Rate("coupling", 0.15), new Rate("amplification", 0.10),
                new Rate("representation", 0.06), new Rate("disjunction", 0.02), new Rate("repair", 0.015),
                new Rate("traumatic-intrusion-response", 0.004)));
        return groups;
    }

    private static Map<String, List<Rate>> clientCodes() {
        Map<String, List<Rate>> groups = new LinkedHashMap<>();
        groups.put("client-form", List.of(new Rate("chronicle", 0.50), new Rate("script", 0.28), new Rate("narrative", 0.22)));
        groups.put("client-events", List.of(new Rate("self-state-shift", 0.035), new Rate("trauma-trigger", 0.008)));
        groups.put("alliance-ruptures", List.of(new Rate("withdrawal-denial", 0.006), new Rate("withdrawal-minimal-response", 0.004),
                new Rate("withdrawal-abstract", 0.005), new Rate("withdrawal-avoidant-storytelling", 0.008),
                new Rate("withdrawal-deferential", 0.004), new Rate("withdrawal-content-affect-split", 0.004),
                new Rate("withdrawal-self-criticism", 0.006), new Rate("confrontation-complaint-therapist", 0.002),
                new Rate("confrontation-rejecting-intervention", 0.003), new Rate("confrontation-complaint-activities", 0.002),
                new Rate("confrontation-defending-self", 0.003), new Rate("confrontation-controlling", 0.002),
                new Rate("resolution", 0.004)));
        return groups;
    }

    /** Checks that every code here is in the codebook, in a group of the role and exclusivity assumed. */
    private static void requireFits(Codebook codebook) {
        check(codebook, THERAPIST_CODES, Role.THERAPIST);
        check(codebook, CLIENT_CODES, Role.CLIENT);
        Code level = codebook.code(EXPERIENCING).orElseThrow(() -> mismatch("no code " + EXPERIENCING));
        CodeGroup group = codebook.groupOf(EXPERIENCING).orElseThrow();
        if (!level.isScale() || !group.appliesTo().fits(Role.CLIENT) || group.appliesTo().fits(Role.THERAPIST)) {
            throw mismatch(EXPERIENCING + " is not a scale for client turns");
        }
        for (int value = 1; value <= LEVEL_WEIGHTS.length; value++) {
            if (level.level(BigDecimal.valueOf(value)).isEmpty()) {
                throw mismatch(EXPERIENCING + " has no level " + value);
            }
        }
    }

    private static void check(Codebook codebook, Map<String, List<Rate>> groups, Role role) {
        for (Map.Entry<String, List<Rate>> entry : groups.entrySet()) {
            CodeGroup group = codebook.group(entry.getKey()).orElseThrow(() -> mismatch("no group " + entry.getKey()));
            boolean exclusive = entry.getKey().endsWith("-form") || entry.getKey().equals("pit-hypothesis");
            if (group.exclusive() != exclusive || !group.appliesTo().fits(role) || group.appliesTo().fits(Role.OTHER)) {
                throw mismatch("group " + group.id() + " is " + (group.exclusive() ? "" : "not ") + "exclusive and applies to "
                        + group.appliesTo().label());
            }
            for (Rate rate : entry.getValue()) {
                if (!codebook.groupOf(rate.code()).map(g -> g.id().equals(group.id())).orElse(false)) {
                    throw mismatch("code " + rate.code() + " is not in group " + group.id());
                }
            }
        }
    }

    private static IllegalStateException mismatch(String what) {
        return new IllegalStateException("the codebook is not the Conversational Model codebook the corpus generator "
                + "was written for: " + what);
    }

    private static String[] vocabulary() {
        List<String> words = new ArrayList<>(List.of(SessionTranscriptGenerator.vocabulary()));
        for (String entry : TOPICAL) {
            words.add(entry.replace('_', ' '));
        }
        return words.toArray(String[]::new);
    }
}
