-- The cooperation read model learns each partnership's priority (FAMILY:CODE, from its events) so that partner
-- suggestions can leave out regions already partnering on it; null until the partnership's next event.
alter table partnership_seen add column priority text;
