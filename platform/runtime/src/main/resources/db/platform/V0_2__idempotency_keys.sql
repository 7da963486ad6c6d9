-- Shared by every service (platform module). Platform migrations use versions 0.x; on a database that already has
-- the service's V1.. migrations this one is applied out of order (quarkus.flyway.out-of-order=true, platform config).

-- Idempotency-Key on POST (org.s3coop.platform.idempotency): the answer to the first request with a key, written in
-- the same transaction as the change that request made, so a change exists if and only if its answer is recorded.
-- A request still running holds a transaction-scoped advisory lock on its key instead of a row.
create table idempotency_key (
    caller           text        not null,
    http_method      text        not null,
    request_path     text        not null,
    idempotency_key  text        not null,
    request_hash     text        not null,
    response_status  integer     not null,
    location         text,
    etag             text,
    content_type     text,
    response_body    text,
    created_at       timestamptz not null default now(),
    primary key (caller, http_method, request_path, idempotency_key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
