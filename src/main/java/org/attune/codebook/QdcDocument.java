package org.attune.codebook;

import java.util.List;

/**
 * What a REFI-QDA codebook file holds that matters to Attune, as written, before it is made into a
 * codebook: the tree of codes, the sets, and what the XML reader already had to leave out.
 *
 * @param codes the top-level codes, in order
 * @param sets the sets, in order
 * @param notes what was left out or changed while reading the XML, one line each
 */
record QdcDocument(List<QdcCodeElement> codes, List<QdcSetElement> sets, List<String> notes) {

    QdcDocument {
        codes = List.copyOf(codes);
        sets = List.copyOf(sets);
        notes = List.copyOf(notes);
    }
}
