-- A small key/value table for adapter state (command-tree hash, status-card message ids).

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
