-- Shared by every service (platform module). Platform migrations use versions 0.x; on a database that already has
-- the service's V1.. migrations this one is applied out of order (quarkus.flyway.out-of-order=true, platform config).

-- Tracing (OpenTelemetry): the W3C traceparent of the span that wrote the event, so the relay publishes the record
-- in the same trace (a traceparent header on the record) and its consumers continue it. Null when tracing is off.
alter table outbox_event add column traceparent text;
