-- Shared by every service (platform module). Platform migrations use versions 0.x so that they run before the
-- service's own V1.. migrations.

-- Transactional outbox: one row per event, written in the same transaction as the change it describes.
create table outbox_event (
    seq          bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,
    subject      text        not null,
    occurred_at  timestamptz not null,
    payload      text        not null,
    status       text        not null default 'PENDING' check (status in ('PENDING', 'PUBLISHED', 'FAILED')),
    attempts     integer     not null default 0,
    last_error   text,
    published_at timestamptz
);
create index outbox_event_pending on outbox_event (seq) where status = 'PENDING';
create index outbox_event_published_at on outbox_event (published_at) where status = 'PUBLISHED';

-- Wake the relay when an insert commits (NOTIFY is delivered on commit only).
create function s3coop_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('s3coop_outbox', '');
    return null;
end
$$;
create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function s3coop_outbox_notify();

-- Idempotent consumers: the CloudEvent ids already applied, per consumer.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
