-- Runs after every Flyway migrate (a Flyway SQL callback), as the owner. Idempotent.
-- 1. Row-level security on EVERY table of this schema that has a tenant_id column, present and future:
--    ENABLE + FORCE, and a policy that lets a transaction see and write only the rows of the tenant it is
--    bound to (app.tenant_id, set by TenantTransactions). A second, restrictive policy limits callers restricted
--    to named groups (app.group_ids): on nis2_group by id, on tables with a group_id column by it, and on tables
--    that reach their group only through legal_entity_id by their entity (legal_entity is itself restricted).
-- 2. The application role (${approle}) may read and write those tables but owns none of them; it may only
--    insert into and read audit_record, and not change or delete tenants.
do $$
declare
    t record;
    has_group boolean;
    has_entity boolean;
begin
    for t in
        select c.table_name
          from information_schema.columns c
          join information_schema.tables tb
            on tb.table_schema = c.table_schema and tb.table_name = c.table_name and tb.table_type = 'BASE TABLE'
         where c.table_schema = '${flyway:defaultSchema}' and c.column_name = 'tenant_id'
    loop
        execute format('alter table %I enable row level security', t.table_name);
        execute format('alter table %I force row level security', t.table_name);
        if not exists (select 1 from pg_policies p
                        where p.schemaname = '${flyway:defaultSchema}' and p.tablename = t.table_name
                          and p.policyname = 'tenant_isolation') then
            execute format('create policy tenant_isolation on %I using (tenant_id = nis2_current_tenant())'
                           ' with check (tenant_id = nis2_current_tenant())', t.table_name);
        end if;
        continue when exists (select 1 from pg_policies p
                               where p.schemaname = '${flyway:defaultSchema}' and p.tablename = t.table_name
                                 and p.policyname = 'group_restriction');
        select exists (select 1 from information_schema.columns g where g.table_schema = '${flyway:defaultSchema}'
                         and g.table_name = t.table_name and g.column_name = 'group_id') into has_group;
        select exists (select 1 from information_schema.columns g where g.table_schema = '${flyway:defaultSchema}'
                         and g.table_name = t.table_name and g.column_name = 'legal_entity_id') into has_entity;
        if t.table_name = 'nis2_group' then
            execute 'create policy group_restriction on nis2_group as restrictive using (nis2_group_visible(id))'
                    ' with check (nis2_group_visible(id))';
        elsif has_group then
            execute format('create policy group_restriction on %I as restrictive using (nis2_group_visible(group_id))'
                           ' with check (nis2_group_visible(group_id))', t.table_name);
        elsif has_entity and t.table_name <> 'legal_entity' and to_regclass('${flyway:defaultSchema}.legal_entity') is not null then
            execute format('create policy group_restriction on %I as restrictive using (nis2_entity_visible(legal_entity_id))'
                           ' with check (nis2_entity_visible(legal_entity_id))', t.table_name);
        end if;
    end loop;
end
$$;

-- The application role's rights (skipped when no separate role is configured, e.g. the opt-in Testcontainers run).
do $$
begin
    if '${approle}' <> '' and '${approle}' <> current_user
       and exists (select 1 from pg_roles where rolname = '${approle}') then
        execute 'grant usage on schema ${flyway:defaultSchema} to ${approle}';
        execute 'grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to ${approle}';
        execute 'grant usage, select on all sequences in schema ${flyway:defaultSchema} to ${approle}';
        execute 'grant execute on all functions in schema ${flyway:defaultSchema} to ${approle}';
        execute 'revoke update, delete, truncate on audit_record from ${approle}';
        execute 'revoke all on flyway_schema_history from ${approle}';
        execute 'revoke update, delete, truncate on tenant from ${approle}';
    end if;
end
$$;
