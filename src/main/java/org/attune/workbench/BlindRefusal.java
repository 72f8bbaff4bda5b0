package org.attune.workbench;

import java.util.List;
import org.attune.model.AttuneException;

/**
 * A read refused because it would show a coder other coders' codings where the coder works
 * blind: agreement, consensus or a comparison over transcripts of a blind round they are in.
 * The faces word it their own way from its parts; the message is the command line's.
 */
public final class BlindRefusal extends AttuneException {

    /** What was asked for that would show the other coders' codings. */
    public enum Asked {
        AGREEMENT("agreement", "leave them out, or look as a coder outside the round"),
        CONSENSUS("consensus", "leave them out, or look as a coder outside the round"),
        COMPARISON("a comparison", "compare on a transcript outside the round"),
        EXPORT("an export of the project", "a coder outside the round exports it");

        private final String words;
        private final String instead;

        Asked(String words, String instead) {
            this.words = words;
            this.instead = instead;
        }

        /** What the coder may do instead, as a sentence's end. */
        public String instead() {
            return instead;
        }

        /** How a sentence names it. */
        public String words() {
            return words;
        }
    }

    private final String coder;
    private final Asked asked;
    private final List<String> transcripts;

    BlindRefusal(String coder, Asked asked, List<String> transcripts) {
        super(coder + " works blind on " + names(transcripts) + " (a blind round): " + asked.words()
                + " with other coders' codings there is not shown to " + coder + "; " + asked.instead());
        this.coder = coder;
        this.asked = asked;
        this.transcripts = List.copyOf(transcripts);
    }

    /** The coder who is looking. */
    public String coder() {
        return coder;
    }

    public Asked asked() {
        return asked;
    }

    /** The transcripts asked for where the coder works blind. */
    public List<String> transcripts() {
        return transcripts;
    }

    private static String names(List<String> transcripts) {
        return transcripts.size() <= 5 ? String.join(", ", transcripts)
                : String.join(", ", transcripts.subList(0, 5)) + " and " + (transcripts.size() - 5) + " more";
    }
}
