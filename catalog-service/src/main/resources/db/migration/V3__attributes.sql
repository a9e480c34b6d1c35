-- Attribute definitions: the code is the stable key (product bodies, events, listing filters); type never changes.
CREATE TABLE attribute_definition (
    id              uuid PRIMARY KEY,
    code            varchar(32)  NOT NULL CONSTRAINT attribute_definition_code_key UNIQUE,
    name            varchar(120) NOT NULL,
    type            varchar(16)  NOT NULL CHECK (type IN ('TEXT', 'NUMBER', 'BOOLEAN', 'ENUM')),
    unit            varchar(16),
    min_value       numeric,
    max_value       numeric,
    max_length      int,
    allowed_values  jsonb        NOT NULL DEFAULT '[]',
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);

-- A category's own template; a product's effective template adds those of its categories' ancestors.
CREATE TABLE category_attribute (
    category_id   uuid    NOT NULL REFERENCES category (id),
    attribute_id  uuid    NOT NULL REFERENCES attribute_definition (id),
    required      boolean NOT NULL,
    position      int     NOT NULL,
    PRIMARY KEY (category_id, attribute_id)
);
CREATE INDEX category_attribute_attribute_idx ON category_attribute (attribute_id);

-- A product's typed values; value_key is the canonical text of the value (numbers without trailing zeros), which
-- the listing filter compares exactly (at most 500 characters, so an index entry always fits a btree page).
CREATE TABLE product_attribute_value (
    product_id     uuid          NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    attribute_id   uuid          NOT NULL REFERENCES attribute_definition (id),
    text_value     varchar(500),
    number_value   numeric,
    boolean_value  boolean,
    value_key      varchar(500) NOT NULL,
    PRIMARY KEY (product_id, attribute_id),
    CHECK (num_nonnulls(text_value, number_value, boolean_value) = 1)
);
CREATE INDEX product_attribute_value_filter_idx ON product_attribute_value (attribute_id, value_key, product_id);
