-- Tenants, their encrypted ATS credentials and their API tokens (hashes only).
create table tenant (
    id          uuid primary key,
    name        varchar(200) not null,
    external_id varchar(200) unique,
    status      varchar(20)  not null check (status in ('active', 'disabled', 'needs_reauth')),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

-- One row per tenant and vendor. The key is AES-256-GCM encrypted with the master key named by
-- key_id; tenant id and vendor are bound as associated data, so a row copied to another tenant
-- does not decrypt.
create table tenant_credential (
    tenant_id  uuid         not null references tenant (id) on delete cascade,
    vendor     varchar(40)  not null,
    key_id     varchar(40)  not null,
    nonce      bytea        not null,
    ciphertext bytea        not null,
    scopes     text[]       not null,
    updated_at timestamptz  not null,
    primary key (tenant_id, vendor)
);

create table tenant_token (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id) on delete cascade,
    token_hash bytea       not null unique,
    created_at timestamptz not null,
    revoked_at timestamptz
);

create index tenant_token_tenant on tenant_token (tenant_id);
