-- Whether the current transaction may see legal entity e: always for callers that may see every group
-- (app.group_ids = '*'), otherwise when the entity is visible (legal_entity is restricted by group, so the
-- sub-select returns it only when its group is in the caller's list). Used by the group_restriction policies
-- of tables that reach their group through legal_entity_id (afterMigrate.sql). SECURITY INVOKER on purpose: the
-- caller's own row-level security decides.
create function nis2_entity_visible(e uuid) returns boolean
    language sql stable
    as $$
      select current_setting('app.group_ids', true) = '*'
          or exists (select 1 from legal_entity l where l.id = e)
    $$;
