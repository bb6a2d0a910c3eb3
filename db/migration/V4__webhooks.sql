-- Webhook subscriptions and a transactional outbox (invariant 7): deliveries are written in
-- the transaction that causes them and sent afterwards, at most once per event and subscription.

CREATE TABLE webhook_subscription (
    id          UUID        PRIMARY KEY,
    url         TEXT        NOT NULL,
    events      TEXT[]      NOT NULL,
    -- The HMAC key. Never returned by the API.
    secret      TEXT        NOT NULL,
    -- Empty array: no filter. Clusters match by name or id.
    clusters    TEXT[]      NOT NULL DEFAULT '{}',
    severities  TEXT[]      NOT NULL DEFAULT '{}',
    areas       TEXT[]      NOT NULL DEFAULT '{}',
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE webhook_outbox (
    id               BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id  UUID        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    -- Sent as Fleetward-Event-Id; the same for every subscription told of one transition.
    event_id         UUID        NOT NULL,
    event_type       TEXT        NOT NULL,
    -- The exact body that is signed and sent, so retries send identical bytes.
    payload          TEXT        NOT NULL,
    state            TEXT        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         INTEGER     NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE state = 'PENDING';

-- One row per attempt, for the delivery log.
CREATE TABLE webhook_delivery (
    id               BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id        BIGINT      NOT NULL REFERENCES webhook_outbox (id) ON DELETE CASCADE,
    subscription_id  UUID        NOT NULL,
    attempt          INTEGER     NOT NULL,
    attempted_at     TIMESTAMPTZ NOT NULL,
    status_code      INTEGER,
    error            TEXT,
    duration_ms      INTEGER     NOT NULL
);
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, attempted_at DESC);
