-- Price rules, the catalog's product facts (for rules by brand/category), and the scheduled-transition watermark.

-- What pricing knows of a catalog product: its brand and categories (targets of rules) and the highest
-- catalog.product version applied, so a redelivered or out-of-order event never goes back.
create table catalog_product (
    product_id   uuid primary key,
    brand_id     uuid,
    category_ids uuid[]      not null default '{}',
    version      bigint      not null,
    updated_at   timestamptz not null default now()
);

-- A percentage or fixed adjustment of the prices of one base list, for products chosen by id, brand or category,
-- within a window [valid_from, valid_to).
create table price_rule (
    id           uuid primary key,
    code         varchar(64)    not null unique,
    name         varchar(200),
    base_list_id uuid           not null references price_list (id),
    kind         varchar(16)    not null check (kind in ('PERCENTAGE', 'FIXED')),
    value        numeric(22, 4) not null check (value >= 0),
    target_kind  varchar(16)    not null check (target_kind in ('PRODUCTS', 'BRANDS', 'CATEGORIES')),
    target_ids   uuid[]         not null check (cardinality(target_ids) > 0),
    valid_from   timestamptz,
    valid_to     timestamptz,
    active       boolean        not null default true,
    version      bigint         not null default 0,
    created_at   timestamptz    not null default now(),
    updated_at   timestamptz    not null default now(),
    check (valid_from is null or valid_to is null or valid_to > valid_from)
);
create index price_rule_by_list on price_rule (base_list_id);

-- The scheduled-transition job looks for window starts and ends that passed since its last run.
create index price_valid_from on price (valid_from) where valid_from is not null;
create index price_valid_to on price (valid_to) where valid_to is not null;
create index price_list_valid_from on price_list (valid_from) where valid_from is not null;
create index price_list_valid_to on price_list (valid_to) where valid_to is not null;
create index price_rule_valid_from on price_rule (valid_from) where valid_from is not null;
create index price_rule_valid_to on price_rule (valid_to) where valid_to is not null;

-- Up to which instant window boundaries have been turned into events: boundaries in (processed_until, now] are
-- handled in the transaction that moves it, so none is missed across restarts and none fires twice.
create table price_transition_watermark (
    name            varchar(64) primary key,
    processed_until timestamptz not null
);
