-- Sources, items, evidence, status, transitions, subscriptions and the outbox.
-- Times are UTC ISO-8601 strings of one fixed width ("2024-12-09T10:00:00.000000Z"),
-- so they sort as text.

-- The targets rows may name: defined in the config, kept here so that every row's
-- `target` refers to a known one. A target dropped from the config is retired, not
-- deleted, so its history stays readable.
CREATE TABLE targets (
    name TEXT PRIMARY KEY,
    spec TEXT NOT NULL,                     -- JSON: aliases, maker, official domains
    retired INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('feed', 'page', 'json')),
    trust TEXT NOT NULL CHECK (trust IN ('official', 'press', 'community')),
    name TEXT NOT NULL DEFAULT '',
    targets TEXT NOT NULL DEFAULT '[]',     -- JSON list of target names; empty = all
    interval_s INTEGER NOT NULL,
    selector TEXT,
    item_path TEXT,
    fields TEXT NOT NULL DEFAULT '[]',      -- JSON list of [our field, their key]
    origin TEXT NOT NULL CHECK (origin IN ('config', 'cli', 'chat')),  -- file:// only from config or cli
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    last_success TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_poll TEXT NOT NULL,
    baseline_done INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,                       -- a worker's claim on the next poll
    lease_expires TEXT
);
CREATE INDEX sources_due ON sources (next_poll);

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    guid TEXT NOT NULL,
    link_key TEXT NOT NULL,
    title_key TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    link TEXT NOT NULL,
    published TEXT,
    seen_at TEXT NOT NULL
);
CREATE INDEX items_guid ON items (source_id, guid);
CREATE INDEX items_title ON items (source_id, title_key);
CREATE INDEX items_link ON items (link_key);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES targets (name),
    label TEXT NOT NULL CHECK (label IN ('none', 'rumoured', 'confirmed', 'released')),
    confidence REAL NOT NULL,
    span TEXT NOT NULL,
    window TEXT,
    domain TEXT NOT NULL,
    trust TEXT NOT NULL,
    source_name TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    UNIQUE (item_id, target)
);
CREATE INDEX evidence_target ON evidence (target, seen_at);

CREATE TABLE status (
    target TEXT PRIMARY KEY REFERENCES targets (name),
    status INTEGER NOT NULL,
    since TEXT,
    window TEXT,
    manual INTEGER NOT NULL DEFAULT 0,
    evidence TEXT                           -- JSON snapshot of the deciding evidence
);

CREATE TABLE transitions (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL REFERENCES targets (name),
    old INTEGER NOT NULL,
    new INTEGER NOT NULL,
    at TEXT NOT NULL,
    manual_by TEXT,
    window TEXT,
    evidence TEXT NOT NULL                  -- JSON list of evidence snapshots
);
CREATE INDEX transitions_target ON transitions (target, at);

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    channel TEXT NOT NULL,
    target TEXT NOT NULL REFERENCES targets (name),
    role TEXT,
    webhook_url TEXT,
    broken TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (platform, channel, target)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    transition_id INTEGER REFERENCES transitions (id),
    notice TEXT NOT NULL,                   -- JSON of the notice
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'claimed', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before TEXT NOT NULL,
    claimed_by TEXT,
    lease_expires TEXT,
    remote_id TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (state, not_before);
