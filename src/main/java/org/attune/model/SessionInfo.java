package org.attune.model;

import java.time.LocalDate;

/**
 * What a transcript is a record of: which dyad (or client), which session, on which day.
 * Every part is optional, as imports often know only some of it.
 *
 * @param dyad the dyad or client identifier, or null
 * @param session the session number (from 1), or null
 * @param date the session date, or null
 */
public record SessionInfo(String dyad, Integer session, LocalDate date) {

    public static final SessionInfo UNKNOWN = new SessionInfo(null, null, null);

    public SessionInfo {
        if (dyad != null && dyad.isBlank()) {
            dyad = null;
        }
        if (session != null && session < 1) {
            throw new IllegalArgumentException("session numbers start at 1, got " + session);
        }
    }

    /** This information with every part that is set in {@code preferred} taken from there. */
    public SessionInfo overriddenBy(SessionInfo preferred) {
        return new SessionInfo(
                preferred.dyad != null ? preferred.dyad : dyad,
                preferred.session != null ? preferred.session : session,
                preferred.date != null ? preferred.date : date);
    }
}
