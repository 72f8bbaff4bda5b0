package org.attune.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attune.model.Role;

/**
 * Makes session transcripts that read, to a parser, like real ones: therapist and client take turns;
 * many turns are backchannels ("Mm.", "Yeah."); the therapist's are mostly short, a sentence or
 * two; about one client turn in five is a long stretch of 60-150 words. The shares follow the
 * sample sessions in {@code samples/} (a median of 12 words a turn, long client turns of up to
 * about 190). Words come from a fixed vocabulary with curly apostrophes and a few accented names,
 * through a {@link Random} of a fixed seed, so that every run reads exactly the same text. Times
 * increase at a speaking rate of 2.5 words a second with pauses between turns.
 */
public final class SessionTranscriptGenerator {

    /** The seed of the benchmarks' transcripts: change it and figures stop being comparable. */
    public static final long SEED = 20_250_303L;

    public static final String THERAPIST = "Therapist";
    public static final String CLIENT = "Client";

    private static final double WORDS_PER_SECOND = 2.5;

    private static final String[] THERAPIST_BACKCHANNELS = {
        "Mm.", "Mm.", "Mm-hm.", "Mm-hm.", "Yeah.", "Right.", "Okay.", "Sure.", "I see.", "Mm. Yeah.", "Go on.",
        "Of course.", "Mm. Right.",
    };
    private static final String[] CLIENT_SHORT = {
        "Yeah.", "Yeah.", "No.", "Mm.", "Yes.", "Maybe.", "I don’t know.", "Exactly.", "[laughs] Yeah.", "Not really.",
        "I suppose so.", "Yeah, yeah.", "[pause] Okay.", "That’s it, really.",
    };
    private static final String[] FILLERS = {"um,", "like,", "you know,", "I mean,", "sort of", "kind of", "er,"};
    private static final String[] VOCABULARY = (
            "I I I I I’m I’ve I’d I don’t didn’t can’t wasn’t couldn’t wouldn’t it it it’s that that’s this there "
            + "there’s they they’re she she’s he he’s we we’re you you’re your my me our her him them "
            + "the the the the a a a an and and and but but so so because when then just really actually "
            + "about all always never sometimes again still even only maybe perhaps quite very much more "
            + "think thought know knew feel felt said say saying told tell want wanted need go went going come came "
            + "get got make made take took see saw look looked try tried start started keep kept remember "
            + "talk talked talking ring rang call called sleep slept work worked wake woke sit sat stop stopped "
            + "was were is are be been have had has do does did will would could should might "
            + "of to in on at for with from about into over after before like out up down back off "
            + "week weekend day night morning evening time year years minute hour moment home house flat car "
            + "train station office work job meeting review email phone kitchen garden garage shed table "
            + "mum dad sister brother husband wife daughter son friend boss nonna family children partner "
            + "Mum Dad Gemma Zoë Renée Maya Graham Phil Daniel Nonno Manchester Didcot "
            + "tools chisels form letter birthday funeral dinner lunch breakfast sandwich tea coffee "
            + "angry sad tired upset anxious worried scared relieved guilty ashamed lonely stuck "
            + "okay fine good bad hard easy strange weird odd funny awful horrible nice lovely quiet "
            + "something nothing anything everything someone nobody everyone somewhere "
            + "feeling feelings worry thing things way part bit lot kind sort place room "
            + "again anyway though already yet later early late long little big small whole "
            + "crying cried laughed shouting silence waiting listening thinking remembering"
            ).split(" ");

    private static final String[] OTHER_REMARKS = {
        "Sorry, sorry.", "Can you hear me?", "[door opens] Sorry, wrong room.", "[inaudible]", "Hello?",
        "Sorry to interrupt.", "[phone rings]", "Is this the right room?",
    };

    private final Random random;
    private final String[] vocabulary;

    public SessionTranscriptGenerator(long seed) {
        this(seed, VOCABULARY);
    }

    /** A generator whose sentences draw on another vocabulary, a word (or a few, space-separated) per entry. */
    SessionTranscriptGenerator(long seed, String[] vocabulary) {
        this.random = new Random(seed);
        this.vocabulary = vocabulary.clone();
    }

    /** The benchmarks' vocabulary, a copy. */
    static String[] vocabulary() {
        return VOCABULARY.clone();
    }

    /**
     * The text of one turn for a speaker of this role, shaped as {@link #generate} shapes
     * therapist and client turns; someone else's turn is a short remark or sentence.
     */
    String turnText(Role role) {
        return switch (role) {
            case THERAPIST -> therapistTurn();
            case CLIENT -> clientTurn();
            case OTHER -> random.nextBoolean() ? pick(OTHER_REMARKS) : speech(between(2, 12), 0.3, false);
        };
    }

    /** A transcript of {@code count} turns, the therapist first. */
    public List<GeneratedTurn> generate(int count) {
        List<GeneratedTurn> turns = new ArrayList<>(count);
        long time = 2_000 + random.nextInt(3_000);
        for (int n = 1; n <= count; n++) {
            boolean therapist = n % 2 == 1;
            String text = therapist ? therapistTurn() : clientTurn();
            int words = text.split(" ").length;
            long duration = Math.max(600, Math.round(words / WORDS_PER_SECOND * 1000 * (0.8 + 0.4 * random.nextDouble())));
            turns.add(new GeneratedTurn(n, therapist ? THERAPIST : CLIENT, therapist ? Role.THERAPIST : Role.CLIENT,
                    time, time + duration, text));
            long pause = random.nextDouble() < 0.05 ? 3_000 + random.nextInt(7_000) : 200 + random.nextInt(1_800);
            time += duration + pause;
        }
        return turns;
    }

    private String therapistTurn() {
        double kind = random.nextDouble();
        if (kind < 0.30) {
            return pick(THERAPIST_BACKCHANNELS);
        }
        int words = kind < 0.85 ? between(3, 20) : between(20, 60);
        return speech(words, 0.35, false);
    }

    private String clientTurn() {
        double kind = random.nextDouble();
        if (kind < 0.15) {
            return pick(CLIENT_SHORT);
        }
        int words = kind < 0.80 ? between(5, 59) : between(60, 150);
        return speech(words, 0.05, true);
    }

    /** About {@code words} words in sentences; the last is a question with the given chance. */
    private String speech(int words, double questionChance, boolean reportsSpeech) {
        StringBuilder text = new StringBuilder();
        if (random.nextDouble() < 0.03) {
            text.append(random.nextBoolean() ? "[laughs]" : "[pause]");
        }
        int left = words;
        while (left > 0) {
            int length = Math.min(left, between(3, 16));
            if (left - length < 3) {
                length = left;
            }
            left -= length;
            boolean question = left == 0 && random.nextDouble() < questionChance;
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (reportsSpeech && length >= 6 && random.nextDouble() < 0.06) {
                reportedSpeech(text, length);
            } else {
                sentence(text, length, question ? "?" : random.nextDouble() < 0.03 ? "..." : ".");
            }
        }
        return text.toString();
    }

    /** {@code And she said, "Words words."}: quotes in the text, as transcribers write them. */
    private void reportedSpeech(StringBuilder text, int length) {
        text.append(pick("And she said,", "Then he said,", "And I said,", "She goes,", "And my mum said,"));
        text.append(" \"");
        sentence(text, length - 3, ".");
        text.append('"');
    }

    private void sentence(StringBuilder text, int length, String end) {
        for (int i = 0; i < length; i++) {
            String word = i > 0 && i < length - 1 && random.nextDouble() < 0.05 ? pick(FILLERS) : pick(vocabulary);
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                text.append(' ');
            }
            text.append(word);
            if (i < length - 1 && !word.endsWith(",") && random.nextDouble() < 0.07) {
                text.append(',');
            }
        }
        if (text.charAt(text.length() - 1) == ',') {
            text.setLength(text.length() - 1);
        }
        text.append(end);
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
