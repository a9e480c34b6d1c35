-- One row per (SKU, warehouse). The checks are the last line of defence behind the domain rules: whatever the code
-- does, a level can never hold more reserved than on hand, nor a negative quantity.
CREATE TABLE stock_level (
    sku                 varchar(64) NOT NULL,
    warehouse_id        uuid        NOT NULL REFERENCES warehouse (id),
    on_hand             bigint      NOT NULL CHECK (on_hand >= 0),
    reserved            bigint      NOT NULL CHECK (reserved >= 0),
    safety_stock        bigint      NOT NULL CHECK (safety_stock >= 0),
    low_stock_threshold bigint      NOT NULL CHECK (low_stock_threshold >= 0),
    version             bigint      NOT NULL,
    updated_at          timestamptz NOT NULL,
    PRIMARY KEY (sku, warehouse_id),
    CONSTRAINT stock_level_reserved_within_on_hand CHECK (reserved <= on_hand)
);

CREATE INDEX stock_level_warehouse ON stock_level (warehouse_id, sku);
CREATE INDEX stock_level_low ON stock_level (sku, warehouse_id)
    WHERE low_stock_threshold > 0 AND on_hand - reserved - safety_stock <= low_stock_threshold;

-- Append-only movement ledger. quantity is signed; which column of the level a type moves is fixed per type:
-- on hand: RECEIPT, ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN, COMMIT; reserved: RESERVE, RELEASE, EXPIRE, COMMIT.
-- So per level: on_hand = sum(quantity) over the on-hand types, reserved = sum(quantity) over the reserved types.
CREATE TABLE stock_movement (
    id           uuid         PRIMARY KEY,
    sku          varchar(64)  NOT NULL,
    warehouse_id uuid         NOT NULL,
    type         varchar(16)  NOT NULL CHECK (type IN ('RECEIPT', 'ADJUSTMENT', 'TRANSFER_OUT', 'TRANSFER_IN',
                                                        'RESERVE', 'RELEASE', 'COMMIT', 'EXPIRE')),
    quantity     bigint       NOT NULL CHECK (quantity <> 0),
    reason       varchar(500),
    reference    varchar(200),
    actor        varchar(200) NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    FOREIGN KEY (sku, warehouse_id) REFERENCES stock_level (sku, warehouse_id)
);

CREATE INDEX stock_movement_sku ON stock_movement (sku, occurred_at DESC, id DESC);
CREATE INDEX stock_movement_level ON stock_movement (sku, warehouse_id);
