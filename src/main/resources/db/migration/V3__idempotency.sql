-- Idempotency-Key records of unified writes, per tenant, kept 24 hours.
-- state: in_progress (first attempt running), completed (response stored and replayed),
--        unknown (the ATS may or may not have applied the write: a retry reconciles first).
create table idempotency_record (
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    idempotency_key varchar(255) not null,
    fingerprint     bytea        not null,
    state           varchar(20)  not null check (state in ('in_progress', 'completed', 'unknown')),
    response_status int,
    response_location text,
    response_body   bytea,
    locked_until    timestamptz  not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    primary key (tenant_id, idempotency_key)
);

create index idempotency_record_expiry on idempotency_record (expires_at);
