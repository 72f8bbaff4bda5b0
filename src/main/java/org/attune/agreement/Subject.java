package org.attune.agreement;

/**
 * One line of an agreement report before its coefficients: what is compared, on which units,
 * as a table of the coders' ratings.
 *
 * @param id the code's or group's id ("overall" for the pooled line)
 * @param name its name
 * @param comparison presence, choice, level or pooled
 * @param level how categories compare: nominal for presence and choice, the scale's measure for levels
 * @param table the ratings
 */
public record Subject(String id, String name, Comparison comparison, Level level, RatingTable table) {
}
