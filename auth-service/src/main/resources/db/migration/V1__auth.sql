-- Accounts: email stored normalised (trimmed, lower case), so the unique index makes it case-insensitive.
create table account (
    id              uuid primary key,
    email           text        not null,
    phone           text,
    kind            text        not null check (kind in ('CUSTOMER', 'STAFF')),
    status          text        not null check (status in ('ACTIVE', 'LOCKED', 'DISABLED')),
    email_verified  boolean     not null default false,
    password_hash   text,
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    roles           text[]      not null default '{}',
    permissions     text[]      not null default '{}',
    totp_secret     text,                       -- AES-GCM encrypted, pending until totp_enabled
    totp_enabled    boolean     not null default false,
    totp_last_step  bigint,                     -- last accepted TOTP time step: a code is never accepted twice
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create unique index account_email_uq on account (email);

create table auth_session (
    id            uuid primary key,
    account_id    uuid        not null references account (id),
    device        text,
    ip            text,
    created_at    timestamptz not null,
    last_used_at  timestamptz not null,
    revoked_at    timestamptz,
    revoke_reason text
);
create index auth_session_account_idx on auth_session (account_id) where revoked_at is null;

-- One family per session; only the SHA-256 of a token is kept.
create table refresh_token (
    token_hash  text primary key,
    session_id  uuid        not null references auth_session (id),
    account_id  uuid        not null references account (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index refresh_token_session_idx on refresh_token (session_id);

-- Single-use tokens: password reset, email verification, MFA login step. Only the SHA-256 is kept.
create table one_time_token (
    token_hash  text primary key,
    purpose     text        not null check (purpose in ('PASSWORD_RESET', 'EMAIL_VERIFICATION', 'MFA_LOGIN')),
    account_id  uuid        not null references account (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index one_time_token_account_idx on one_time_token (account_id, purpose);

create table recovery_code (
    account_id  uuid        not null references account (id),
    code_hash   text        not null,
    used_at     timestamptz,
    primary key (account_id, code_hash)
);

create table signing_key (
    kid           text primary key,
    status        text        not null check (status in ('ACTIVE', 'ROTATED', 'RETIRED')),
    public_jwk    text        not null,
    private_key   text        not null,        -- PKCS#8, AES-GCM encrypted
    created_at    timestamptz not null,
    rotated_at    timestamptz
);
-- at most one key signs
create unique index signing_key_one_active on signing_key (status) where status = 'ACTIVE';

create table service_client (
    client_id    text primary key,
    secret_hash  text        not null,
    scopes       text[]      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
