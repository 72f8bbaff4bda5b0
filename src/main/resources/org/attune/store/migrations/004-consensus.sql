-- A consensus coder: a coder whose codings settle two or more coders' disagreements.
CREATE TABLE consensus_coders (
    coder_id   INTEGER PRIMARY KEY REFERENCES coders (id) ON DELETE CASCADE,
    of_coders  TEXT NOT NULL,   -- the coders it settles, comma-separated, in the order given
    created_at TEXT NOT NULL
);

-- Each settled disagreement, with every original rating, the decision, and who made it.
-- compared: presence (a code), choice (an exclusive group), level (a scale code).
CREATE TABLE consensus_decisions (
    id            INTEGER PRIMARY KEY,
    coder_id      INTEGER NOT NULL REFERENCES consensus_coders (coder_id) ON DELETE CASCADE,
    transcript_id INTEGER NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
    turn          INTEGER NOT NULL,
    subject       TEXT NOT NULL,
    compared      TEXT NOT NULL CHECK (compared IN ('presence', 'choice', 'level')),
    originals     TEXT NOT NULL,   -- "anna=present; ben=absent"
    decision      TEXT NOT NULL,
    decided_by    TEXT NOT NULL,
    decided_at    TEXT NOT NULL,
    UNIQUE (coder_id, transcript_id, turn, subject, compared)
);
