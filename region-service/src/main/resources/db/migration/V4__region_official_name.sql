-- A region's official name: the NUTS 2024 name of its code (nuts_region, V3). Filled in for the regions registered
-- before codes were checked against the classification; a code that is not in it keeps null (the start-up check
-- NutsConformityCheck reports such regions and changes nothing else).
alter table region add column official_name text;
update region set official_name = n.name from nuts_region n where n.code = region.code;
