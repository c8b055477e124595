-- Approvals of the same day are ordered by the time they were recorded, not by their version text ("v10" sorts
-- before "v9"). recorded_at is set by the application (to the microsecond) when it records the approval; rows
-- recorded before this migration take their created_at (the start of the transaction that wrote them). The column
-- default (clock_timestamp(), not now(): distinct within one transaction) serves rows written by other means.
alter table approval add column recorded_at timestamptz;

-- approvals are never updated (trigger of V3): lift that for the one-off backfill only
alter table approval disable trigger approval_no_update;
update approval set recorded_at = created_at;
alter table approval enable trigger approval_no_update;

alter table approval alter column recorded_at set default clock_timestamp();
alter table approval alter column recorded_at set not null;

-- the order of an entity's approvals: newest first by day, then time recorded, then id
drop index approval_entity;
create index approval_entity on approval (legal_entity_id, approved_on desc, recorded_at desc, id desc);
comment on column approval.recorded_at is 'When the approval was entered in the register; orders approvals of the same day.';
