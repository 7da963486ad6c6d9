-- Programmes: the formation rules a partnership follows (reference data, served at GET /api/v1/programmes), one
-- column per rule. INTERREGIONAL_COOPERATION is the default and today's rules; S3_THEMATIC_PARTNERSHIP is the S3
-- Platform's rule for a thematic partnership.
create table programme (
    code                                     text primary key,
    name                                     text    not null,
    min_regions                              integer not null check (min_regions >= 1),
    min_countries                            integer not null check (min_countries >= 1),
    countries_must_be_eu_member_states       boolean not null,
    min_lead_regions                         integer not null check (min_lead_regions >= 1),
    commitment_letter_required               boolean not null,
    -- whose letters count: LEADS (every active lead) or MEMBERS (every active member)
    commitment_letters_from                  text    not null check (commitment_letters_from in ('LEADS', 'MEMBERS')),
    min_commitment_months                    integer not null check (min_commitment_months >= 0),
    min_helices                              integer not null check (min_helices between 0 and 4),
    investment_project_required_for_scale_up boolean not null,
    position                                 integer not null
);
insert into programme (code, name, min_regions, min_countries, countries_must_be_eu_member_states, min_lead_regions,
                       commitment_letter_required, commitment_letters_from, min_commitment_months, min_helices,
                       investment_project_required_for_scale_up, position)
values ('S3_THEMATIC_PARTNERSHIP', 'S3 Platform thematic partnership', 3, 3, true, 2, true, 'LEADS', 24, 3, true, 1),
       ('INTERREGIONAL_COOPERATION', 'Interregional cooperation', 2, 2, false, 1, false, 'LEADS', 0, 2, false, 2);

alter table partnership
    add column programme         text not null default 'INTERREGIONAL_COOPERATION' references programme (code),
    -- |ITC4|: the INVITED regions (member_codes holds the ACTIVE ones)
    add column invited_codes     text not null default '||',
    add column letters           text not null default '[]',
    add column regressions       text not null default '[]',
    add column rescoping_reasons text not null default '[]',
    -- when a commitment letter next expires: the scheduled check re-evaluates the gates then
    add column letters_due_at    timestamptz;
create index partnership_letters_due on partnership (letters_due_at) where letters_due_at is not null;

-- Members get a role (LEAD or PARTNER) and a consent status. Every member so far was added without asking it: ACTIVE.
-- The lead region, and members sent as "lead" (any case), lead; any other text was a description: PARTNER.
update partnership p set members = (
    select coalesce(jsonb_agg(jsonb_set(jsonb_set(m.value, '{role}', to_jsonb(
               case when m.value ->> 'regionCode' = p.lead_region or lower(m.value ->> 'role') = 'lead'
                    then 'LEAD' else 'PARTNER' end)), '{status}', '"ACTIVE"') order by m.ordinality), '[]'::jsonb)
    from jsonb_array_elements(p.members::jsonb) with ordinality m)::text;

-- A re-scoping reason given before reasons accumulated becomes the first of them.
update partnership
set rescoping_reasons = jsonb_build_array(jsonb_build_object(
        'cause', case when rescoping_reason like '%was retired' then 'REGION_RETIRED' else 'PRIORITY_DROPPED' end,
        'message', rescoping_reason, 'at', updated_at))::text
where rescoping_recommended and rescoping_reason is not null;

-- The portfolio leaves time on hold out of time in stage: it finds the holds (few) through this index rather than
-- reading the history twice.
create index stage_transition_holds on stage_transition (partnership_id, seq)
    where action in ('HOLD', 'RESUME') or (action = 'CLOSE' and from_status = 'ON_HOLD');

-- Challenges scoped to a region block that region's partnerships: the read model keeps the region too. Challenges
-- tracked before kept no region; a REGION-scoped one is learnt again with its next event.
alter table tracked_challenge add column region_code text;
update tracked_challenge set blocking = (severity = 'BLOCKING' and status = 'OPEN');
create index tracked_challenge_blocking_region on tracked_challenge (region_code) where blocking;
