-- The PostgreSQL copy of the stock read model: the last state warehouse-service reported per (SKU, warehouse).
-- Filled by the warehouse.stock consumer; Redis is filled from it on a miss and it answers when Redis is down.
-- No foreign key to sku: stock events may name a SKU before (or without) the catalog knowing it.
CREATE TABLE sku_stock (
    sku            varchar(64) NOT NULL,
    warehouse_id   uuid        NOT NULL,
    warehouse_code varchar(32) NOT NULL,
    on_hand        bigint      NOT NULL,
    reserved       bigint      NOT NULL,
    available      bigint      NOT NULL,
    version        bigint      NOT NULL CHECK (version >= 0),
    changed_at     timestamptz NOT NULL,    -- when warehouse-service made the change
    updated_at     timestamptz NOT NULL,    -- when this copy last took a newer version
    PRIMARY KEY (sku, warehouse_id)
);
