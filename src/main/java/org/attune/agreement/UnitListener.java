package org.attune.agreement;

/** Hears each unit's ratings as {@link TurnUnits} counts them: for exports and the list of disagreements. */
@FunctionalInterface
public interface UnitListener {

    /**
     * @param transcript the transcript
     * @param turn the turn, from 1
     * @param comparison presence, choice or level
     * @param id the code's or group's id
     * @param ratings each coder's rating, a category index of the subject's table or {@link RatingTable#MISSING};
     *        the array is reused: copy what you keep
     */
    void unit(String transcript, int turn, Comparison comparison, String id, int[] ratings);
}
