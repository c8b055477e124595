-- A Member State's identification states ESSENTIAL, IMPORTANT or no class. NOT_IN_SCOPE was accepted before rules
-- 2026.12.2 and read as "no class stated" (an identification brings the entity into scope, Art 2(2)-(3)); it is now
-- refused as input. Stored identifications that state it are written as what they were read as: no class.
-- Row-level security is forced on legal_entity, also for its owner: lifted for this statement, re-applied below and
-- again by afterMigrate.sql.
alter table legal_entity no force row level security;
update legal_entity
   set identifications = (select jsonb_agg(case when i ->> 'entityClass' = 'NOT_IN_SCOPE'
                                                then jsonb_set(i, '{entityClass}', 'null'::jsonb) else i end
                                           order by n)
                            from jsonb_array_elements(identifications) with ordinality as e(i, n))
 where identifications @> '[{"entityClass": "NOT_IN_SCOPE"}]';
alter table legal_entity force row level security;
