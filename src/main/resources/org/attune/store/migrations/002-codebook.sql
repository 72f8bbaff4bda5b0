-- Attune project schema, version 2: the codebook, versioned, and codings that point at its codes.

-- Every version of the project's codebook, whole, as Attune's YAML (codebooks/README.md), with
-- what made it: a codebook attached, a code renamed, merged, split or deleted.
CREATE TABLE codebook_versions (
    version          INTEGER PRIMARY KEY,
    created_at       TEXT NOT NULL,
    change           TEXT NOT NULL,
    name             TEXT NOT NULL,
    codebook_version TEXT NOT NULL,
    definition       TEXT NOT NULL
);

-- The current version's groups, codes and scale levels, for joins from R and Python.
CREATE TABLE code_groups (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    exclusive   INTEGER NOT NULL CHECK (exclusive IN (0, 1)),
    applies_to  TEXT NOT NULL CHECK (applies_to IN ('therapist', 'client', 'any'))
);

CREATE TABLE codes (
    id          TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES code_groups (id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    inclusion   TEXT NOT NULL,
    exclusion   TEXT NOT NULL,
    color       TEXT,
    key         TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('flag', 'scale')),
    measure     TEXT CHECK (measure IN ('ordinal', 'interval', 'ratio'))
);

CREATE TABLE code_levels (
    code_id TEXT NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
    value   REAL NOT NULL,
    label   TEXT NOT NULL,
    PRIMARY KEY (code_id, value)
);

-- Codings now refer to codes: a code cannot go while codings use it. One coder codes a stretch
-- with a code once. (Version 1 had no way to add codings, so the table is rebuilt empty.)
DROP TABLE codings;

CREATE TABLE codings (
    id            INTEGER PRIMARY KEY,
    coder_id      INTEGER NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
    transcript_id INTEGER NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
    code_id       TEXT NOT NULL REFERENCES codes (id),
    start_turn    INTEGER NOT NULL CHECK (start_turn >= 1),
    start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
    end_turn      INTEGER NOT NULL CHECK (end_turn >= start_turn),
    end_offset    INTEGER NOT NULL CHECK (end_offset >= 0),
    value         REAL,
    memo          TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (coder_id, transcript_id, code_id, start_turn, start_offset, end_turn, end_offset)
);

CREATE INDEX codings_by_transcript ON codings (transcript_id, start_turn);
CREATE INDEX codings_by_coder ON codings (coder_id);
CREATE INDEX codings_by_code ON codings (code_id);
