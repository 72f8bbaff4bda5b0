-- The longest coding of a transcript, found without reading them all: with it, the codings that
-- cover a few turns are read as a short range of codings_by_transcript (start_turn from the first
-- turn less that length), whatever the transcript's length.
CREATE INDEX codings_by_span_length ON codings (transcript_id, (end_turn - start_turn));
