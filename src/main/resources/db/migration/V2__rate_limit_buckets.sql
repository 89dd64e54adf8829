-- Token buckets of the per-tenant rate limit, shared by every gateway instance (Bucket4j).
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
