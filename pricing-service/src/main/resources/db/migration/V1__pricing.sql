-- Price lists, prices, the sku -> product map, tax classes and rates.

create table price_list (
    id             uuid primary key,
    code           varchar(64)  not null unique,
    name           varchar(200),
    currency       char(3)      not null,
    priority       integer      not null default 0,
    customer_group varchar(64),
    valid_from     timestamptz,
    valid_to       timestamptz,
    tax_inclusive  boolean      not null,
    kind           varchar(16)  not null check (kind in ('REGULAR', 'SALE')),
    active         boolean      not null default true,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    check (valid_from is null or valid_to is null or valid_to > valid_from)
);

-- One price per (list, sku | product, warehouse): the natural key a PUT upserts by. NULLS NOT DISTINCT so that
-- "every warehouse" (null) is one key, not a new row each time.
create table price (
    id             uuid primary key,
    price_list_id  uuid         not null references price_list (id),
    sku            varchar(64),
    product_id     uuid,
    warehouse_id   uuid,
    amount         numeric(22, 4) not null check (amount >= 0),
    compare_at     numeric(22, 4) check (compare_at >= 0),
    -- quantity tiers as two parallel arrays (min quantity, unit amount), so one query loads a price whole
    tier_min       bigint[]     not null default '{}',
    tier_amount    numeric(22, 4)[] not null default '{}',
    valid_from     timestamptz,
    valid_to       timestamptz,
    tax_class      varchar(32)  not null,
    updated_at     timestamptz  not null default now(),
    check ((sku is null) <> (product_id is null)),
    check (valid_from is null or valid_to is null or valid_to > valid_from),
    check (cardinality(tier_min) = cardinality(tier_amount)),
    constraint price_natural_key unique nulls not distinct (price_list_id, sku, product_id, warehouse_id)
);
create index price_by_sku on price (sku) where sku is not null;
create index price_by_product on price (product_id) where product_id is not null;

-- Which product a SKU belongs to, for product-level prices. Filled by price PUTs that carry both, and later by the
-- catalog.product consumer.
create table sku_product (
    sku        varchar(64) primary key,
    product_id uuid        not null,
    updated_at timestamptz not null default now()
);
create index sku_product_by_product on sku_product (product_id);

create table tax_class (
    code varchar(32)  primary key,
    name varchar(200) not null
);

-- region '' = the whole country
create table tax_rate (
    tax_class varchar(32)   not null references tax_class (code),
    country   char(2)       not null,
    region    varchar(64)   not null default '',
    rate      numeric(7, 4) not null check (rate >= 0 and rate < 100),
    primary key (tax_class, country, region)
);

-- versions of pricing.price.changed.v1 events: one increasing sequence, so a consumer keeps the highest
create sequence price_event_version;
