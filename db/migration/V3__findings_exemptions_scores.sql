-- Findings with their history, governed exemptions, scores per scan and daily rollups.

-- '*' in an exemption pattern matches any run of characters; everything else is literal
-- (LIKE's own wildcards and escape are escaped first).
CREATE FUNCTION glob_to_like(pattern TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT replace(replace(replace(replace(pattern, '\', '\\'), '%', '\%'), '_', '\_'), '*', '%') $$;

CREATE TABLE exemption (
    id                BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    check_pattern     TEXT        NOT NULL,
    -- Matched against the cluster's name and against its id.
    cluster_pattern   TEXT        NOT NULL,
    namespace_pattern TEXT        NOT NULL,
    name_pattern      TEXT        NOT NULL,
    check_like        TEXT        GENERATED ALWAYS AS (glob_to_like(check_pattern)) STORED,
    cluster_like      TEXT        GENERATED ALWAYS AS (glob_to_like(cluster_pattern)) STORED,
    namespace_like    TEXT        GENERATED ALWAYS AS (glob_to_like(namespace_pattern)) STORED,
    name_like         TEXT        GENERATED ALWAYS AS (glob_to_like(name_pattern)) STORED,
    owner             TEXT        NOT NULL,
    reason            TEXT        NOT NULL,
    ticket_url        TEXT,
    expires_at        TIMESTAMPTZ NOT NULL,
    approved_by       TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    revoked_at        TIMESTAMPTZ,
    revoked_by        TEXT
);
CREATE INDEX exemption_active ON exemption (expires_at) WHERE revoked_at IS NULL;

-- Current state, one row per fingerprint (cluster + check + object + detail). The id never
-- changes, so history and ticket links survive resolve and reopen.
CREATE TABLE finding (
    id                BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- SHA-256 hex; byte order ("C") compares it several times faster than a language collation.
    fingerprint       TEXT        COLLATE "C" NOT NULL UNIQUE,
    cluster_id        UUID        NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    check_id          TEXT        NOT NULL,
    area              TEXT        NOT NULL CHECK (area IN ('HA', 'NETWORKING', 'STORAGE', 'SECURITY')),
    severity          TEXT        NOT NULL CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO')),
    -- Most severe first, so keyset pagination by (severity_rank, id) lists critical first.
    severity_rank     SMALLINT    GENERATED ALWAYS AS (CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1
                                      WHEN 'MEDIUM' THEN 2 WHEN 'LOW' THEN 3 ELSE 4 END) STORED,
    object_kind       TEXT        NOT NULL,
    object_namespace  TEXT        NOT NULL,
    object_name       TEXT        NOT NULL,
    detail            TEXT        NOT NULL,
    -- EXEMPTED: still failing, but covered by an active exemption (kept out of the score).
    status            TEXT        NOT NULL CHECK (status IN ('OPEN', 'RESOLVED', 'EXEMPTED', 'RETIRED')),
    exemption_id      BIGINT      REFERENCES exemption (id) ON DELETE SET NULL,
    message           TEXT        NOT NULL,
    evidence          JSONB       NOT NULL DEFAULT '{}',
    first_seen_at     TIMESTAMPTZ NOT NULL,
    -- Refreshed by a failing scan when anything else changes, or at most hourly otherwise.
    last_seen_at      TIMESTAMPTZ NOT NULL,
    -- Start of the current open period (first seen, or the last reopen): time to fix runs from here.
    opened_at         TIMESTAMPTZ NOT NULL,
    resolved_at       TIMESTAMPTZ,
    resolution_reason TEXT,
    reopen_count      INTEGER     NOT NULL DEFAULT 0,
    -- The scan of last_seen_at.
    last_scan_id      BIGINT,
    ticket_system     TEXT,
    ticket_key        TEXT,
    ticket_url        TEXT,
    ticket_status     TEXT,
    acknowledged_by   TEXT,
    acknowledged_at   TIMESTAMPTZ,
    -- Changes only when something a reader cares about changes (not on every sighting).
    updated_at        TIMESTAMPTZ NOT NULL
) WITH (fillfactor = 50);
-- Failing rows are rewritten at least hourly (last_seen_at); with half of each page free
-- those updates stay on their page and skip the indexes (HOT), which keeps a rescan cheap.
CREATE INDEX finding_cluster_status ON finding (cluster_id, status, severity_rank, id);
CREATE INDEX finding_severity ON finding (severity_rank, id);
CREATE INDEX finding_updated ON finding (updated_at, id);
CREATE INDEX finding_exemption ON finding (exemption_id) WHERE exemption_id IS NOT NULL;

-- Transitions only. Partitioned by month; retention drops whole partitions. Partitions
-- are created by the application (current and next month), not here.
CREATE TABLE finding_event (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY,
    finding_id  BIGINT      NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    cluster_id  UUID        NOT NULL,
    check_id    TEXT        NOT NULL,
    type        TEXT        NOT NULL
                            CHECK (type IN ('OPENED', 'RESOLVED', 'REOPENED', 'EXEMPTED', 'UNEXEMPTED', 'RETIRED')),
    at          TIMESTAMPTZ NOT NULL,
    scan_id     BIGINT,
    reason      TEXT,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE INDEX finding_event_finding ON finding_event (finding_id, at);
CREATE INDEX finding_event_cluster ON finding_event (cluster_id, at);

-- One row per scan and area, plus 'OVERALL'. A null score means nothing was judged (N/A).
CREATE TABLE cluster_score (
    cluster_id     UUID         NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    scan_id        BIGINT       NOT NULL,
    scanned_at     TIMESTAMPTZ  NOT NULL,
    area           TEXT         NOT NULL CHECK (area IN ('OVERALL', 'HA', 'NETWORKING', 'STORAGE', 'SECURITY')),
    score          NUMERIC(4, 1),
    grade          CHAR(1)      CHECK (grade IN ('A', 'B', 'C', 'D', 'F')),
    passed_weight  INTEGER      NOT NULL,
    failed_weight  INTEGER      NOT NULL,
    passed         INTEGER      NOT NULL,
    failed         INTEGER      NOT NULL,
    exempted       INTEGER      NOT NULL,
    PRIMARY KEY (cluster_id, scan_id, area)
);
CREATE INDEX cluster_score_time ON cluster_score (cluster_id, scanned_at);

-- Per UTC day, cluster, area and severity; upserted after every reconcile so charts never
-- aggregate the findings table. open/exempted are the state after the day's last scan.
CREATE TABLE daily_rollup (
    day              DATE        NOT NULL,
    cluster_id       UUID        NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    area             TEXT        NOT NULL CHECK (area IN ('HA', 'NETWORKING', 'STORAGE', 'SECURITY')),
    severity         TEXT        NOT NULL CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO')),
    open_count       INTEGER     NOT NULL,
    exempted_count   INTEGER     NOT NULL,
    new_count        INTEGER     NOT NULL,
    reopened_count   INTEGER     NOT NULL,
    resolved_count   INTEGER     NOT NULL,
    retired_count    INTEGER     NOT NULL,
    -- Sum over the day's resolutions of (resolved_at - opened_at); mean = sum / resolved_count.
    fix_seconds_sum  BIGINT      NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cluster_id, day, area, severity)
);
CREATE INDEX daily_rollup_day ON daily_rollup (day);
