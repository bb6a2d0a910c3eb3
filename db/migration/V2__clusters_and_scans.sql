-- Registered clusters, their scans, and the scheduler's own table.

CREATE TABLE cluster (
    id                        UUID        PRIMARY KEY,
    name                      TEXT        NOT NULL UNIQUE,
    environment               TEXT        NOT NULL,
    team                      TEXT,
    labels                    JSONB       NOT NULL DEFAULT '{}',
    server_url                TEXT        NOT NULL,
    -- CA, token and client key, sealed with AES-256-GCM; never stored in clear.
    credential_key_id         TEXT        NOT NULL,
    credential_ciphertext     BYTEA       NOT NULL,
    insecure_skip_tls_verify  BOOLEAN     NOT NULL DEFAULT FALSE,
    insecure_allowed_by       TEXT,
    include_secrets           BOOLEAN     NOT NULL DEFAULT FALSE,
    scan_interval_seconds     INTEGER     NOT NULL DEFAULT 300 CHECK (scan_interval_seconds >= 30),
    token_expires_at          TIMESTAMPTZ,
    health                    TEXT        NOT NULL DEFAULT 'NEW'
                                          CHECK (health IN ('NEW', 'HEALTHY', 'PARTIAL', 'FAILING', 'STALE')),
    consecutive_failures      INTEGER     NOT NULL DEFAULT 0,
    server_version            TEXT,
    last_scan_at              TIMESTAMPTZ,
    last_complete_scan_at     TIMESTAMPTZ,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    version                   BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE scan_run (
    id            BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cluster_id    UUID        NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    trigger       TEXT        NOT NULL CHECK (trigger IN ('SCHEDULE', 'MANUAL')),
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    outcome       TEXT        NOT NULL CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')),
    kinds_total   INTEGER     NOT NULL DEFAULT 0,
    kinds_done    INTEGER     NOT NULL DEFAULT 0,
    -- Per kind: state, reason, milliseconds.
    coverage      JSONB       NOT NULL DEFAULT '{}',
    -- Results by status and finding transitions.
    counts        JSONB       NOT NULL DEFAULT '{}',
    error         TEXT,
    instance      TEXT
);
CREATE INDEX scan_run_cluster_started ON scan_run (cluster_id, started_at DESC);
CREATE INDEX scan_run_started ON scan_run (started_at);

-- db-scheduler's table (PostgreSQL layout of db-scheduler 16).
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
