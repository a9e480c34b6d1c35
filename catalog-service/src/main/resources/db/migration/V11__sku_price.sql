-- The PostgreSQL copy of the price read model: the effective price pricing-service last reported per
-- (SKU, warehouse, currency) (pricing.price events). Filled by the pricing.price consumer; Redis is filled from it on
-- a miss, it answers when Redis is down, and the product listing filters and sorts by price against it.
-- warehouse_id NULL = the price in every warehouse without its own; NULLS NOT DISTINCT makes it one key like any other.
-- A withdrawn price (available = false) stays as a row with its version, so an older event cannot resurrect it.
-- No foreign key to sku: pricing may price a SKU before (or without) the catalog knowing it.
CREATE TABLE sku_price (
    sku           varchar(64)   NOT NULL,
    warehouse_id  uuid,
    currency      char(3)       NOT NULL,
    available     boolean       NOT NULL,
    amount        numeric(22,4),
    compare_at    numeric(22,4),
    tax_inclusive boolean       NOT NULL,
    price_list    varchar(64),
    version       bigint        NOT NULL CHECK (version >= 0),
    changed_at    timestamptz   NOT NULL,    -- when pricing-service made the change
    updated_at    timestamptz   NOT NULL,    -- when this copy last took a newer version
    CONSTRAINT sku_price_amount CHECK (NOT available OR amount IS NOT NULL),
    CONSTRAINT sku_price_key UNIQUE NULLS NOT DISTINCT (sku, warehouse_id, currency)
);

-- the listing's price filter and sort: the all-warehouse, available price of a SKU in one currency
CREATE INDEX sku_price_listing ON sku_price (currency, sku) INCLUDE (amount)
    WHERE warehouse_id IS NULL AND available;

-- refilling Redis after an outage: what the copy took since
CREATE INDEX sku_price_updated ON sku_price (updated_at);
