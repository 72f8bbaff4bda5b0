/**
 * Tables that describe how codes fall in a coded corpus: which codes occur on the same or nearby
 * turns ({@link org.attune.analysis.Cooccurrence}), and which codes follow which at a given lag,
 * with the statistics of lag-sequential analysis ({@link org.attune.analysis.LagSequence}).
 *
 * <p>Pure computation over {@link org.attune.analysis.CodedTurn}s streamed in transcript order:
 * this package uses only {@code java.*} and {@code org.attune.model}, never does I/O, and holds
 * no more of the input in memory than a window of turns, so a corpus of millions of turns is
 * tallied in one pass. Codes are counted by int numbers in arrays, not by name in maps.
 */
package org.attune.analysis;
