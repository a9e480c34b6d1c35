-- Inbox of processed event ids (shared-events): a consumer inserts (consumer, event_id) in the same transaction as
-- the event's effect, so a redelivered event is recognised and its effect is applied once.
create table inbox_event (
    consumer     varchar(200) not null,
    event_id     varchar(255) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- retention cleanup
create index inbox_event_processed_at_idx on inbox_event (processed_at);
