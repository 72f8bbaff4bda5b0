package org.attune.codebook;

import java.util.List;
import org.attune.model.AppliesTo;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.CodeKind;
import org.attune.model.Codebook;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleMeasure;

/**
 * A codebook that uses everything Attune's codebooks hold, with the text that is hardest to carry
 * through a REFI-QDA description: several lines, blank lines, indentation, quotes, accents, and
 * paragraphs that look like Attune's own sections.
 */
final class QdcSamples {

    private QdcSamples() {
    }

    static Code statement() {
        return new Code("statement", "Statement",
                "A turn that states something.\n\nNot a question, not an instruction.\n  An indented line, kept as it is.",
                "Declarative form.\nIncludes \"I wonder\" statements.",
                "Questions: code them as Question.\n\nExclamations stay statements.\n",
                List.of("\"It sounds as if the week has been heavy.\"",
                        "C’est « très » lourd, n’est-ce pas ? — naïve café",
                        "- starts like a bullet",
                        "Two lines:\nthe second\n\nand one after a blank line"),
                "#4E79A7", "s", CodeKind.FLAG, null, List.of());
    }

    static Codebook rich() {
        Code question = new Code("question", "Question",
                "Its last paragraph looks like Attune's sections:\n\nKey: z\nAttune id: fake",
                "", "", List.of(), "#F28E2B", "q", CodeKind.FLAG, null, List.of());
        Code silence = Code.flag("silence", "Silence <&> \"pause\" 'quoted'");
        CodeGroup therapist = new CodeGroup("therapist-form", "Therapist turn form",
                "The grammatical form of a therapist turn.\nOne per turn.", true, AppliesTo.THERAPIST,
                List.of(statement(), question, silence));

        Code narrative = new Code("narrative", "Narrative", "Tells what happened.\n", "Past tense, events in order.", "",
                List.of("So I went to the house, and she wasn't there."), "#59A14F", "n", CodeKind.FLAG, null, List.of());
        Code feeling = new Code("feeling", "Feeling named", "  Feelings named by the client, with leading spaces.", "",
                "Feelings only implied.\n\n\nThree blank lines above.", List.of("Ich fühle mich … leer.", "", "Ça m'énerve, « vraiment »."),
                "#E15759", "F", CodeKind.FLAG, null, List.of());
        CodeGroup client = new CodeGroup("client-form", "Client conversation form", "", true, AppliesTo.CLIENT,
                List.of(narrative, feeling));

        Code level = new Code("experiencing-level", "Experiencing level", "Klein's Experiencing Scale, one level per client turn.",
                "", "", List.of(), "#76B7B2", "e", CodeKind.SCALE, ScaleMeasure.INTERVAL, List.of(
                        ScaleLevel.of(1, "Content not about the self"),
                        ScaleLevel.of(2, "The self involved, no feelings"),
                        ScaleLevel.of(3, "Feelings as reactions to external events"),
                        ScaleLevel.of(4, "Feelings are the subject\n(the centre of the turn)"),
                        ScaleLevel.of(5, "A problem about the self is posed"),
                        ScaleLevel.of(6, "A new sense of feeling emerges"),
                        ScaleLevel.of(7, " Insight spreads to other areas")));
        CodeGroup experiencing = new CodeGroup("experiencing", "Experiencing Scale", "Depth of experiencing.", false,
                AppliesTo.CLIENT, List.of(level));

        CodeGroup reserve = new CodeGroup("reserve", "Reserve codes", "", false, AppliesTo.ANY,
                List.of(Code.flag("reserve-code", "Reserve code")));

        return new Codebook("Conversational Model (test edition)", "2.1-beta",
                "What the codebook is for.\n\nA second paragraph.",
                List.of("Hobson, R. F.", "Meares, R.", "Attune project"),
                List.of("Hobson, R. F. (1985). Forms of Feeling. London: Tavistock.",
                        "Meares, R. (2005). The Metaphor of Play (3rd ed.).\nLondon: Routledge."),
                "Adapted for turn-level coding.\n\n  - an indented note\nLast line.",
                List.of(therapist, client, experiencing, reserve));
    }
}
