package org.attune.index;

import java.util.Objects;
import java.util.Set;

/**
 * Whose codings a search, its facets and the tables may see: every coder's, except on the
 * {@code blind} transcripts, where only {@code viewer}'s exist. The index holds every coder's
 * codings; this narrows what is read from it, so that it need not be built once per coder.
 *
 * <p>Who sees what is decided by the workbench (a coder in a blind round); the index only obeys.
 *
 * @param viewer the coder who is looking, as the project writes the name; null with no blind transcripts
 * @param blind the transcripts (by name) where only the viewer's codings count
 */
public record Visibility(String viewer, Set<String> blind) {

    /** Every coder's codings everywhere: what a search sees without a viewer. */
    public static final Visibility EVERYONE = new Visibility(null, Set.of());

    public Visibility {
        blind = Set.copyOf(blind);
        if (!blind.isEmpty()) {
            Objects.requireNonNull(viewer, "a viewer, for the blind transcripts");
        }
    }

    /** Only {@code viewer}'s codings on these transcripts; every coder's elsewhere. */
    public static Visibility of(String viewer, Set<String> blind) {
        return blind.isEmpty() ? EVERYONE : new Visibility(viewer, blind);
    }

    /** Whether it hides anything at all. */
    public boolean restricts() {
        return !blind.isEmpty();
    }

    /** Whether a coder's codings on a transcript may be seen. */
    public boolean sees(String transcript, String coder) {
        return !blind.contains(transcript) || viewer.equals(coder);
    }
}
