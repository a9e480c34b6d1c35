CREATE TABLE product (
    id               uuid PRIMARY KEY,
    name             varchar(200) NOT NULL,
    slug             varchar(120) NOT NULL CONSTRAINT product_slug_key UNIQUE,
    description      text         NOT NULL DEFAULT '',
    brand_id         uuid REFERENCES brand (id),
    status           varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    seo_title        varchar(120),
    seo_description  varchar(320),
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);
-- the public listing: active products, newest first or by name
CREATE INDEX product_status_created_idx ON product (status, created_at DESC, id DESC);
CREATE INDEX product_status_name_idx ON product (status, lower(name), id);
CREATE INDEX product_brand_idx ON product (brand_id);

CREATE TABLE product_category (
    product_id   uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    category_id  uuid NOT NULL REFERENCES category (id),
    position     int  NOT NULL,
    PRIMARY KEY (product_id, category_id)
);
CREATE INDEX product_category_category_idx ON product_category (category_id, product_id);

CREATE TABLE product_image (
    product_id  uuid          NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position    int           NOT NULL CHECK (position BETWEEN 0 AND 99),
    url         varchar(2048) NOT NULL,
    alt         varchar(300),
    PRIMARY KEY (product_id, position)
);

-- A SKU (variant) belongs to one product; its code is the key the whole fleet uses (stock, prices, orders).
CREATE TABLE sku (
    id            uuid PRIMARY KEY,
    product_id    uuid        NOT NULL REFERENCES product (id),
    code          varchar(64) NOT NULL CONSTRAINT sku_code_key UNIQUE,
    barcode       varchar(14),
    options       jsonb       NOT NULL DEFAULT '{}',
    weight_grams  int CHECK (weight_grams >= 0),
    length_mm     int CHECK (length_mm > 0),
    width_mm      int CHECK (width_mm > 0),
    height_mm     int CHECK (height_mm > 0),
    position      int         NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CHECK ((length_mm IS NULL) = (width_mm IS NULL) AND (width_mm IS NULL) = (height_mm IS NULL))
);
CREATE UNIQUE INDEX sku_barcode_key ON sku (barcode) WHERE barcode IS NOT NULL;
CREATE INDEX sku_product_idx ON sku (product_id, position);
