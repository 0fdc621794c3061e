-- Resolution 2594 in depth: where two parties take a decision, both are recorded, each with who and when.

-- A minimum condition that slipped: mission leadership assesses it and recommends, then headquarters
-- decides (the decision's columns are in V4).
alter table benchmark_rating add column recommendation varchar(24);
alter table benchmark_rating add column recommendation_note varchar(4000);
alter table benchmark_rating add column recommended_by varchar(255);
alter table benchmark_rating add column recommended_at timestamp;

