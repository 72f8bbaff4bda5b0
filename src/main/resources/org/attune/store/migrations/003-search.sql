-- Attune project schema, version 3: saved searches, and a change stamp that tells derived data
-- (the search index beside the file) whether it is stale.

-- Named queries, runnable by name from the command line and the window.
CREATE TABLE saved_queries (
    name       TEXT PRIMARY KEY,
    query      TEXT NOT NULL,
    coder      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- A new random stamp on every change: Attune sets it with each transaction, and these triggers
-- set it when another program (R, Python, sqlite3) edits the transcripts, turns or codings, so
-- that the search index is rebuilt rather than giving answers about data that is gone. (Turns
-- inserted one by one have no trigger: it would slow every import by a sixth, and a turn added
-- to an existing transcript by hand would break its codings' anchors anyway.)
INSERT OR REPLACE INTO project_info (key, value) VALUES ('change_stamp', lower(hex(randomblob(16))));

CREATE TRIGGER codings_inserted AFTER INSERT ON codings BEGIN UPDATE project_info SET value = lower(hex(randomblob(16))) WHERE key = 'change_stamp'; END;
CREATE TRIGGER codings_updated AFTER UPDATE ON codings BEGIN UPDATE project_info SET value = lower(hex(randomblob(16))) WHERE key = 'change_stamp'; END;
CREATE TRIGGER codings_deleted AFTER DELETE ON codings BEGIN UPDATE project_info SET value = lower(hex(randomblob(16))) WHERE key = 'change_stamp'; END;
CREATE TRIGGER turns_updated AFTER UPDATE ON turns BEGIN UPDATE project_info SET value = lower(hex(randomblob(16))) WHERE key = 'change_stamp'; END;
CREATE TRIGGER turns_deleted AFTER DELETE ON turns BEGIN UPDATE project_info SET value = lower(hex(randomblob(16))) WHERE key = 'change_stamp'; END;
CREATE TRIGGER transcripts_inserted AFTER INSERT ON transcripts BEGIN UPDATE project_info SET value = lower(hex(randomblob(16))) WHERE key = 'change_stamp'; END;
CREATE TRIGGER transcripts_updated AFTER UPDATE ON transcripts BEGIN UPDATE project_info SET value = lower(hex(randomblob(16))) WHERE key = 'change_stamp'; END;
CREATE TRIGGER transcripts_deleted AFTER DELETE ON transcripts BEGIN UPDATE project_info SET value = lower(hex(randomblob(16))) WHERE key = 'change_stamp'; END;
