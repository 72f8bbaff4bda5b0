-- A coder's mark that they have finished coding a transcript: agreement can count only these.
CREATE TABLE transcripts_done (
    coder_id      INTEGER NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
    transcript_id INTEGER NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
    done_at       TEXT NOT NULL,
    PRIMARY KEY (coder_id, transcript_id)
);
