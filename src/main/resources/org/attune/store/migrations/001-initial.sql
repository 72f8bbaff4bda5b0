-- Attune project schema, version 1.
-- Plain names on purpose: researchers read this file from R (RSQLite) and Python (sqlite3).
-- Times are ISO-8601 text in UTC; turn times are milliseconds from the start of the recording.

CREATE TABLE project_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE transcripts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    source_file   TEXT NOT NULL,
    source_format TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    imported_at   TEXT NOT NULL,
    dyad          TEXT,
    session       INTEGER CHECK (session >= 1),
    session_date  TEXT
);

CREATE TABLE turns (
    id            INTEGER PRIMARY KEY,
    transcript_id INTEGER NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL CHECK (number >= 1),
    speaker       TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('therapist', 'client', 'other')),
    start_ms      INTEGER CHECK (start_ms >= 0),
    end_ms        INTEGER CHECK (end_ms >= 0),
    text          TEXT NOT NULL,
    UNIQUE (transcript_id, number)
);

CREATE TABLE coders (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- A coding is anchored to turns: a turn number plus a code-point offset within that turn, end
-- exclusive, so it survives anything but an edit of those turns' text. A turn-level coding runs
-- from offset 0 of a turn to the end of the same turn.
CREATE TABLE codings (
    id            INTEGER PRIMARY KEY,
    coder_id      INTEGER NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
    transcript_id INTEGER NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
    code_id       TEXT NOT NULL,
    start_turn    INTEGER NOT NULL CHECK (start_turn >= 1),
    start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
    end_turn      INTEGER NOT NULL CHECK (end_turn >= start_turn),
    end_offset    INTEGER NOT NULL CHECK (end_offset >= 0),
    value         REAL,
    memo          TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX codings_by_transcript ON codings (transcript_id, start_turn);
CREATE INDEX codings_by_coder ON codings (coder_id);
