-- The working group's catalogue of challenge clusters and their sub-dimensions (kick-off meeting, 8 June 2023).
-- Kept as data: a new sub-dimension is a new migration, not a code change.
create table challenge_cluster (
    code        text primary key,
    name        text     not null,
    description text     not null,
    position    smallint not null unique
);

create table challenge_sub_dimension (
    code         text primary key,
    cluster_code text     not null references challenge_cluster (code),
    name         text     not null,
    description  text     not null,
    position     smallint not null,
    unique (cluster_code, position)
);

insert into challenge_cluster (code, name, description, position) values
 ('CAPACITY', 'Capacity for interregional cooperation',
  'Building the capacity to cooperate across regions: skilled people, time and resources.', 1),
 ('ALIGNING_ECOSYSTEMS', 'Aligning ecosystems',
  'Aligning regional and individual priorities and synchronising goals and strategies.', 2),
 ('FUNDING', 'Funding',
  'Consistent and continued funding of cooperation beyond single projects.', 3),
 ('GOVERNANCE', 'Governance',
  'Leading, coordinating and deciding together across regions and levels of government.', 4),
 ('STAKEHOLDER_ENGAGEMENT', 'Stakeholder engagement',
  'Engaging universities, research organisations, companies, clusters and civil society in the cooperation.', 5),
 ('KNOWLEDGE_AND_MONITORING', 'Knowledge and monitoring',
  'Knowing potential partners and their complementarities, sharing knowledge, monitoring and evaluating results.', 6);

insert into challenge_sub_dimension (code, cluster_code, name, description, position) values
 ('INADEQUATE_CAPACITY', 'CAPACITY', 'Inadequate capacity',
  'Too few people with the skills to scope, run and manage interregional cooperation.', 1),
 ('INSUFFICIENT_TIME', 'CAPACITY', 'Insufficient time',
  'Staff cannot free the time that cooperation needs next to their regular duties.', 2),
 ('INSUFFICIENT_RESOURCES', 'CAPACITY', 'Insufficient resources',
  'Budget and tools for cooperation work (travel, events, coordination) are missing.', 3),
 ('ALIGNING_PRIORITIES', 'ALIGNING_ECOSYSTEMS', 'Aligning priorities',
  'Regional S3 priorities and the interests of individual actors do not match across regions.', 1),
 ('SYNCHRONISING_STRATEGIES', 'ALIGNING_ECOSYSTEMS', 'Synchronising strategies',
  'Goals, timetables and programming cycles of the regions are out of step.', 2),
 ('CONTINUED_FUNDING', 'FUNDING', 'Continued funding',
  'Funding stops when a project ends; cooperation is not financed beyond it.', 1),
 ('FUNDING_SYNERGIES', 'FUNDING', 'Funding synergies',
  'EU, national, regional and private funds are hard to combine for one cooperation.', 2),
 ('LEADERSHIP_AND_COORDINATION', 'GOVERNANCE', 'Leadership and coordination',
  'No clear lead or coordination mechanism across the partner regions.', 1),
 ('POLITICAL_COMMITMENT', 'GOVERNANCE', 'Political commitment',
  'Commitment of regional governments is missing or does not last beyond an electoral cycle.', 2),
 ('MULTILEVEL_ALIGNMENT', 'GOVERNANCE', 'Multi-level alignment',
  'Regional, national and EU levels do not act in concert on the cooperation.', 3),
 ('INDUSTRY_PARTICIPATION', 'STAKEHOLDER_ENGAGEMENT', 'Industry participation',
  'Companies, in particular SMEs, are hard to involve and keep involved.', 1),
 ('QUADRUPLE_HELIX_INVOLVEMENT', 'STAKEHOLDER_ENGAGEMENT', 'Quadruple-helix involvement',
  'Academia, business, government and civil society are not all at the table.', 2),
 ('SUSTAINED_MOTIVATION', 'STAKEHOLDER_ENGAGEMENT', 'Sustained motivation',
  'Stakeholders lose interest when benefits take long to appear.', 3),
 ('PARTNER_INTELLIGENCE', 'KNOWLEDGE_AND_MONITORING', 'Partner intelligence',
  'Little knowledge of other regions'' strengths and complementarities to choose partners.', 1),
 ('KNOWLEDGE_SHARING', 'KNOWLEDGE_AND_MONITORING', 'Knowledge sharing',
  'Good practices and lessons learnt are not captured or shared between regions.', 2),
 ('MONITORING_AND_EVALUATION', 'KNOWLEDGE_AND_MONITORING', 'Monitoring and evaluation',
  'No shared indicators to follow the cooperation and show its results.', 3);
