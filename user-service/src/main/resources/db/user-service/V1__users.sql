-- Roles and their permissions. Permission strings are validated against the catalogue in the code
-- (rbac.domain.PermissionCatalogue) before they get here.
create table role (
    name        varchar(64)  primary key,
    description varchar(500) not null default '',
    built_in    boolean      not null default false,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table role_permission (
    role_name  varchar(64)  not null references role (name) on delete cascade,
    permission varchar(100) not null,
    primary key (role_name, permission)
);

create table staff_user (
    id         uuid         primary key,
    account_id uuid         not null unique,
    email      varchar(254) not null,
    name       varchar(200) not null,
    title      varchar(200),
    status     varchar(16)  not null check (status in ('ACTIVE', 'DISABLED')),
    version    bigint       not null default 0,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);
create unique index staff_user_email_uk on staff_user (lower(email));
create index staff_user_name_idx on staff_user (lower(name));

create table staff_user_warehouse (
    user_id      uuid not null references staff_user (id) on delete cascade,
    warehouse_id uuid not null,
    primary key (user_id, warehouse_id)
);

-- no cascade from role: a role still held by someone cannot be deleted (the service answers 409 first)
create table staff_user_role (
    user_id   uuid        not null references staff_user (id) on delete cascade,
    role_name varchar(64) not null references role (name),
    primary key (user_id, role_name)
);
create index staff_user_role_role_idx on staff_user_role (role_name);

-- The fleet's audit log: append-only. Rows come from audit.events (every service's AuditLog); the primary key is
-- the record id, event_id the CloudEvents id, so a redelivered event is stored once.
create table audit_entry (
    id            uuid         primary key,
    event_id      varchar(100) not null unique,
    actor_id      varchar(200) not null,
    actor_type    varchar(32)  not null,
    action        varchar(100) not null,
    resource_type varchar(100) not null,
    resource_id   varchar(200) not null,
    before_state  jsonb,
    after_state   jsonb,
    ip            varchar(64),
    trace_id      varchar(64),
    service       varchar(100) not null,
    occurred_at   timestamptz  not null,
    received_at   timestamptz  not null default now()
);
create index audit_entry_time_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor_id, occurred_at desc);
create index audit_entry_resource_idx on audit_entry (resource_type, resource_id, occurred_at desc);
create index audit_entry_action_idx on audit_entry (action, occurred_at desc);

-- An audit log that can be edited proves nothing: refuse UPDATE, DELETE and TRUNCATE for every role the
-- application connects as (retention, if ever needed, is a separate, audited operation by a DBA).
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
