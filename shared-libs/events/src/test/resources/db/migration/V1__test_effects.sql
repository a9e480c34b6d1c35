-- A service's own migration next to the shared ones: the effect table of the inbox tests (no unique key on purpose,
-- so an effect applied twice would show as two rows).
create table inbox_test_effect (
    consumer varchar(200) not null,
    event_id varchar(255) not null
);
