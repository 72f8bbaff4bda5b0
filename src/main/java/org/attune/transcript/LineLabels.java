package org.attune.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the speaker labels at the starts of the lines of a text that was not written as a
 * transcript file (a REFI-QDA source, say): {@code [00:01:02] Speaker: text}. A label that looks
 * like a name ("Dr Lee", "Speaker 2") counts at once; any other short label ("admin-1",
 * "interviewer b") counts when it starts at least two lines, as a speaker's label does and a phrase
 * ending in a colon rarely does.
 */
public final class LineLabels {

    /**
     * A label at the start of a line.
     *
     * @param speaker the label, trimmed
     * @param startMs the time before it, or null
     * @param endMs the end time in the same brackets, or null
     * @param textStart where the line's text starts after the label, in chars of the line
     */
    public record Label(String speaker, Long startMs, Long endMs, int textStart) {
    }

    private static final Pattern NAMED = Pattern.compile(
            "^\\s*(?:" + Timestamps.BRACKETED + "\\s*)?(" + SpeakerLabel.LABEL + ")\\s*:(?:\\s+|$)");
    private static final Pattern ANY = Pattern.compile(
            "^\\s*(?:" + Timestamps.BRACKETED + "\\s*)?([^\\s:\\[(][^:\\n]{0," + (SpeakerLabel.MAX_LENGTH - 1) + "}?)\\s*:(?:\\s+|$)");
    private static final int MAX_WORDS = 4;

    private LineLabels() {
    }

    /** For each line, its label, or null. */
    public static List<Label> of(List<String> lines) {
        List<Label> named = new ArrayList<>(lines.size());
        Map<String, Integer> others = new HashMap<>();
        List<Label> candidates = new ArrayList<>(lines.size());
        for (String line : lines) {
            Label label = SpeakerLabel.mayStartWithLabel(stripTime(line)) ? match(NAMED, line) : null;
            named.add(label != null && SpeakerLabel.plausible(label.speaker()) ? label : null);
            Label candidate = label == null && line.indexOf(':') > 0 ? match(ANY, line) : null;
            if (candidate != null && (!SpeakerLabel.plausible(candidate.speaker())
                    || candidate.speaker().split("\\s+").length > MAX_WORDS)) {
                candidate = null;
            }
            candidates.add(candidate);
            if (candidate != null) {
                others.merge(candidate.speaker(), 1, Integer::sum);
            }
        }
        List<Label> labels = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Label candidate = candidates.get(i);
            labels.add(named.get(i) != null ? named.get(i)
                    : candidate != null && others.get(candidate.speaker()) >= 2 ? candidate : null);
        }
        return labels;
    }

    /** A bracketed time before the label does not count against the label's distance from the line's start. */
    private static String stripTime(String line) {
        String s = line.stripLeading();
        if (!s.isEmpty() && (s.charAt(0) == '[' || s.charAt(0) == '(')) {
            int close = Math.max(s.indexOf(']'), s.indexOf(')'));
            return close > 0 ? s.substring(close + 1) : s;
        }
        return s;
    }

    private static Label match(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return null;
        }
        Long start = null;
        Long end = null;
        try {
            start = m.group(1) == null ? null : Timestamps.parse(m.group(1));
            end = m.group(2) == null ? null : Timestamps.parse(m.group(2));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (start != null && end != null && end < start) {
            end = null;
        }
        return new Label(SpeakerLabel.normalise(m.group(3)), start, end, m.end());
    }
}
