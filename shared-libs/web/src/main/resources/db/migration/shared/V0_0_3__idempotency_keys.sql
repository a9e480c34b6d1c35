-- shared-web: Idempotency-Key support (com.fleetcommerce.shared.web.idempotency).
-- Versions 0.0.x belong to shared-libs; this file ships in the shared-web jar and runs in every service that uses it.
CREATE TABLE idempotency_keys (
    idempotency_key       VARCHAR(255) NOT NULL,
    -- SHA-256 of caller + route: a key is unique per caller and route, and the hash keeps the primary key small
    scope_hash            BYTEA        NOT NULL,
    caller                TEXT         NOT NULL,
    route                 TEXT         NOT NULL,
    -- SHA-256 (hex) of the first request's body: the same key with another body is refused
    request_hash          CHAR(64)     NOT NULL,
    state                 VARCHAR(16)  NOT NULL,
    -- identifies the request holding the claim, so a late finisher cannot overwrite a takeover
    claim_token           UUID         NOT NULL,
    response_status       INTEGER,
    response_content_type TEXT,
    response_location     TEXT,
    response_etag         TEXT,
    response_body         BYTEA,
    created_at            TIMESTAMPTZ  NOT NULL,
    completed_at          TIMESTAMPTZ,
    -- an IN_PROGRESS claim older than this belongs to an instance that died; it may be taken over
    locked_until          TIMESTAMPTZ  NOT NULL,
    expires_at            TIMESTAMPTZ  NOT NULL,
    CONSTRAINT idempotency_keys_pk PRIMARY KEY (idempotency_key, scope_hash),
    CONSTRAINT idempotency_keys_state_ck CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT idempotency_keys_completed_ck CHECK (state <> 'COMPLETED' OR response_status IS NOT NULL)
);

CREATE INDEX idempotency_keys_expires_at_ix ON idempotency_keys (expires_at);
