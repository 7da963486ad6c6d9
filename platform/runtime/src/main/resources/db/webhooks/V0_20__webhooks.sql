-- Webhooks (org.s3coop.platform.webhooks): only a service that hosts them applies this location
-- (quarkus.flyway.locations=db/platform,db/webhooks,db/migration; region-service). Version 0.20 leaves 0.4-0.19 to
-- the platform migrations every service applies.

-- A subscriber's endpoint and what it wants. `secret` signs the deliveries (Standard Webhooks); it is answered once,
-- at creation, and never again. `regions` null: every matching event (an admin's); otherwise only events that name
-- one of these NUTS codes (an editor's, from its token).
create table webhook_subscription (
    id                   uuid        primary key,
    url                  text        not null,
    types                jsonb       not null,
    regions              jsonb,
    secret               text        not null,
    owner                text        not null,
    status               text        not null check (status in ('ACTIVE', 'PAUSED')),
    paused_reason        text,
    paused_at            timestamptz,
    max_per_second       integer     not null check (max_per_second > 0),
    -- the rate limit's theoretical arrival time (GCRA): the next delivery may start once now >= rate_tat - burst
    rate_tat             timestamptz,
    failing_since        timestamptz,
    consecutive_failures integer     not null default 0,
    created_at           timestamptz not null
);
create index webhook_subscription_owner on webhook_subscription (owner, created_at);

-- An event some subscription wanted, stored once (the CloudEvent as read from Kafka): what deliveries and replays send.
create table webhook_event (
    id          bigserial   primary key,
    event_id    text        not null unique,
    type        text        not null,
    source      text        not null,
    subject     text,
    time        timestamptz not null,
    data        text        not null,
    attributes  jsonb       not null default '{}',
    received_at timestamptz not null
);

-- One message to one subscription: the event (EVENT), a replay of it (REPLAY) or a test (TEST). PENDING until a 2xx
-- answer (DELIVERED) or until retries give up (FAILED). A dispatcher claims due rows with FOR UPDATE SKIP LOCKED and
-- leases them (lease_until) while it sends; a lease that runs out (the instance died) makes the row due again.
create table webhook_delivery (
    id              bigserial   primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_ref       bigint      not null references webhook_event (id) on delete cascade,
    message_id      text        not null,
    kind            text        not null check (kind in ('EVENT', 'REPLAY', 'TEST')),
    subject         text,
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    lease_until     timestamptz,
    created_at      timestamptz not null,
    last_attempt_at timestamptz,
    delivered_at    timestamptz,
    last_status     integer,
    last_error      text
);
-- an event is delivered to a subscription once (Kafka redeliveries and several instances insert it again: ignored)
create unique index webhook_delivery_once on webhook_delivery (subscription_id, event_ref) where kind = 'EVENT';
create index webhook_delivery_due on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
-- in order per subject: a delivery waits while an older one of the same subscription and subject is pending
create index webhook_delivery_order on webhook_delivery (subscription_id, subject, id) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, id);
create index webhook_delivery_done on webhook_delivery (created_at) where status <> 'PENDING';
