-- A coding round: which transcripts which coders code, and whether blind to each other.
CREATE TABLE rounds (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    blind      INTEGER NOT NULL CHECK (blind IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE round_transcripts (
    round_id      INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    transcript_id INTEGER NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, transcript_id)
);

CREATE TABLE round_coders (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    coder_id INTEGER NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, coder_id)
);
