-- Social login: which provider subject belongs to which account.
create table social_identity (
    provider    text        not null,
    subject     text        not null,
    account_id  uuid        not null references account (id),
    email       text,
    created_at  timestamptz not null,
    primary key (provider, subject)
);
create index social_identity_account_idx on social_identity (account_id);

-- the one-time code the SPA exchanges for tokens after a social login
alter table one_time_token drop constraint one_time_token_purpose_check;
alter table one_time_token add constraint one_time_token_purpose_check
    check (purpose in ('PASSWORD_RESET', 'EMAIL_VERIFICATION', 'MFA_LOGIN', 'SOCIAL_LOGIN'));
