/**
 * Inter-rater agreement: tables of ratings (units by coders), the coefficients a methods
 * reviewer asks for, computed exactly from the table's distinct rating patterns and their counts,
 * and bootstrap intervals over units. Pure computation: no I/O.
 *
 * <p>Why patterns: with a few coders and categories, a million units show at most a few hundred
 * distinct rows of ratings. Every coefficient here is a function of how often each row occurs, so
 * it is computed in time proportional to the distinct rows, and a bootstrap sample is a draw of
 * those counts, not a copy of a million units.
 */
package org.attune.agreement;
