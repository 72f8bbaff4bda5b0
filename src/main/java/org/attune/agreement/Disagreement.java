package org.attune.agreement;

import java.util.List;

/**
 * A unit where the coders' ratings differ, for the team to settle.
 *
 * @param transcript the transcript
 * @param turn the turn, from 1
 * @param comparison presence, choice or level
 * @param id the code's or group's id
 * @param ratings each coder's rating as its category ("present", a code's id, "none", a level), null where missing
 * @param text the turn's text
 */
public record Disagreement(String transcript, int turn, Comparison comparison, String id, List<String> ratings, String text) {
}
