CREATE TABLE reservation (
    id              uuid         PRIMARY KEY,
    reservation_key varchar(200) NOT NULL,
    request_hash    char(64)     NOT NULL,
    status          varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED')),
    ship_to_lat     double precision,
    ship_to_lon     double precision,
    ttl_seconds     integer      NOT NULL,
    expires_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL,
    CONSTRAINT reservation_key_unique UNIQUE (reservation_key)
);

-- The expiry sweep reads only active reservations, oldest expiry first.
CREATE INDEX reservation_active_expiry ON reservation (expires_at) WHERE status = 'ACTIVE';

-- Where each reserved unit is held: one row per (reservation, SKU, warehouse).
CREATE TABLE reservation_allocation (
    reservation_id uuid        NOT NULL REFERENCES reservation (id),
    sku            varchar(64) NOT NULL,
    warehouse_id   uuid        NOT NULL,
    quantity       bigint      NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reservation_id, sku, warehouse_id),
    FOREIGN KEY (sku, warehouse_id) REFERENCES stock_level (sku, warehouse_id)
);
