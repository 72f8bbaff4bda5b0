package org.attune.cli;

import org.attune.workbench.Workbench;

/**
 * Whose codes an analysis verb counts: the coder named with --coder, every coder pooled with
 * --all-coders, else the workbench's default (one coder, never everyone pooled).
 *
 * @param coder the coder, or null for every coder pooled
 * @param wording how the verb's first line names it
 */
record AnalysisCoderOption(String coder, String wording) {

    static AnalysisCoderOption of(Workbench workbench, String named, boolean allCoders, Verb verb) {
        if (named != null && allCoders) {
            throw verb.usage("--coder and --all-coders exclude each other: name one coder, or pool them all");
        }
        if (allCoders) {
            return new AnalysisCoderOption(null, "every coder's codes pooled");
        }
        if (named != null) {
            return new AnalysisCoderOption(named, named + "'s codes");
        }
        return workbench.analysisCoder()
                .map(c -> new AnalysisCoderOption(c, c + "'s codes (by default the consensus coder, else who coded most; "
                        + "--coder NAME for another)"))
                .orElse(new AnalysisCoderOption(null, "no one's codes (no one has coded yet)"));
    }
}
