-- Transactional outbox (shared-events). Rows are appended in the business transaction and published to Kafka by the
-- outbox relay, which marks published_at once the broker has acknowledged the record.
create table outbox_event (
    id           uuid         primary key,
    -- global append order; the relay publishes in seq order and keeps per-key order across relays
    seq          bigserial    not null unique,
    topic        varchar(249) not null,
    message_key  varchar(512) not null,
    event_type   varchar(255) not null,
    source       varchar(255) not null,
    subject      varchar(512),
    payload      jsonb        not null,
    -- extension headers captured at write time, e.g. the W3C traceparent of the writing transaction
    headers      jsonb        not null default '{}'::jsonb,
    created_at   timestamptz  not null default now(),
    published_at timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);

-- the relay's scan: unpublished rows in seq order
create index outbox_event_unpublished_seq_idx on outbox_event (seq) where published_at is null;
-- the per-key ordering barrier: smallest unpublished seq of a key
create index outbox_event_unpublished_key_idx on outbox_event (message_key, seq) where published_at is null;
-- retention cleanup of published rows
create index outbox_event_published_at_idx on outbox_event (published_at) where published_at is not null;

-- Wake the relays. NOTIFY is delivered when the inserting transaction commits (never for a rollback) and identical
-- notifications of one transaction are folded into one, so a statement-level trigger costs next to nothing.
create function outbox_event_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;

create trigger outbox_event_notify
    after insert on outbox_event
    for each statement
execute function outbox_event_notify();
