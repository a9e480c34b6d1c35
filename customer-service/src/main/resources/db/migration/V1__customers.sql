create table customer (
    id             uuid primary key,
    account_id     uuid        not null unique,
    email          text,
    phone          text,
    status         text        not null,
    email_verified boolean     not null default false,
    phone_verified boolean     not null default false,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0
);
create index customer_email_idx on customer (lower(email));

create table customer_profile (
    customer_id uuid primary key references customer (id),
    first_name  text,
    last_name   text,
    birthday    date,
    gender      text,
    avatar_url  text
);

-- each marketing consent keeps the time it was last given or withdrawn (proof of consent)
create table customer_preferences (
    customer_id           uuid primary key references customer (id),
    language              text    not null,
    currency              text    not null,
    notification_channels text[]  not null default '{}',
    marketing_email       boolean not null default false,
    marketing_email_at    timestamptz,
    marketing_sms         boolean not null default false,
    marketing_sms_at      timestamptz,
    marketing_push        boolean not null default false,
    marketing_push_at     timestamptz
);

create table address (
    id               uuid primary key,
    customer_id      uuid        not null references customer (id),
    label            text,
    recipient_name   text,
    phone            text,
    country          text        not null,
    province         text,
    district         text,
    ward             text,
    city             text,
    line1            text,
    line2            text,
    postal_code      text,
    default_shipping boolean     not null default false,
    default_billing  boolean     not null default false,
    created_at       timestamptz not null,
    version          bigint      not null default 0
);
create index address_customer_idx on address (customer_id);
-- the database enforces "one default of each kind", so a bug can never leave two
create unique index address_one_default_shipping on address (customer_id) where default_shipping;
create unique index address_one_default_billing on address (customer_id) where default_billing;

create table verification_code (
    id          uuid primary key,
    customer_id uuid        not null references customer (id),
    channel     text        not null,
    destination text        not null,
    code_hash   text        not null,
    expires_at  timestamptz not null,
    attempts    int         not null default 0,
    status      text        not null,
    created_at  timestamptz not null
);
create index verification_code_customer_idx on verification_code (customer_id, channel, created_at);

-- one row per order seen; statistics are derived from it, so a cancellation subtracts exactly what was added
create table customer_order (
    order_id    uuid primary key,
    customer_id uuid        not null references customer (id),
    amount      numeric(19, 4),
    currency    text,
    placed_at   timestamptz,
    cancelled   boolean     not null default false
);
create index customer_order_customer_idx on customer_order (customer_id);

create table customer_statistics (
    customer_id   uuid primary key references customer (id),
    order_count   int            not null default 0,
    total_spent   numeric(19, 4) not null default 0,
    currency      text           not null,
    last_order_at timestamptz,
    updated_at    timestamptz    not null
);

create table segment (
    id          uuid primary key,
    name        text        not null unique,
    description text,
    kind        text        not null,
    rules       jsonb,
    created_at  timestamptz not null,
    version     bigint      not null default 0
);

create table segment_member (
    segment_id  uuid        not null references segment (id) on delete cascade,
    customer_id uuid        not null references customer (id),
    joined_at   timestamptz not null,
    primary key (segment_id, customer_id)
);
create index segment_member_customer_idx on segment_member (customer_id);
