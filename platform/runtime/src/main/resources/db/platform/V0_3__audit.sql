-- Shared by every service (platform module, org.s3coop.platform.audit). Applied out of order on databases that
-- already have the service's V1.. migrations (quarkus.flyway.out-of-order=true, platform config).

-- The audit trail: who changed what, when, from what to what. One row per change of an aggregate or of a part of it
-- (a partnership's member, a region's stakeholder, ...), filed under the root aggregate it belongs to, written in
-- the same transaction as the change.
create table audit_entry (
    id             bigserial   primary key,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    entity         text        not null,
    entity_id      text,
    action         text        not null,
    actor          text        not null,
    at             timestamptz not null,
    changes        jsonb       not null
);
create index audit_entry_aggregate on audit_entry (aggregate_type, aggregate_id, at, id);
create index audit_entry_actor on audit_entry (actor, at);
