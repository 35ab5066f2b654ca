-- Trust (M5): who can sign in, what role each person holds in which situation, and the API tokens
-- machine clients act with. Passwords are kept only as Argon2id hashes; tokens only as SHA-256 of
-- their 256-bit secrets. Every change here is also journaled (AccountService).

create table account (
    person_id        text primary key references person (id),
    password_hash    text not null,
    enabled          boolean not null default true,
    failed_attempts  integer not null default 0 check (failed_attempts >= 0),
    locked_until     timestamptz,
    -- created by demo mode with a published password: production mode refuses to start while one exists
    demo             boolean not null default false,
    created_at       timestamptz not null,
    last_sign_in_at  timestamptz
);

-- a role per situation; situation '*' means every situation (an installation's auditor or admin)
create table role_grant (
    person_id   text not null references person (id),
    situation   text not null check (situation = '*' or situation ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    role        text not null check (role in ('REPORTER', 'ANALYST', 'SOURCE_HANDLER', 'COMMANDER', 'DESK_OFFICER',
                                              'DECISION_MAKER', 'COUNCIL_MEMBER', 'AUDITOR', 'ADMIN')),
    granted_by  text not null,
    granted_at  timestamptz not null,
    primary key (person_id, situation, role)
);
create index role_grant_situation on role_grant (situation);

create table api_token (
    id            bigint generated always as identity primary key,
    person_id     text not null references person (id),
    name          text not null,
    secret_sha256 text not null unique check (secret_sha256 ~ '^[0-9a-f]{64}$'),
    scopes        text[] not null,
    created_by    text not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null check (expires_at > created_at),
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index api_token_person on api_token (person_id);

create table oidc_identity (
    issuer     text not null,
    subject    text not null,
    person_id  text not null references person (id),
    primary key (issuer, subject)
);
