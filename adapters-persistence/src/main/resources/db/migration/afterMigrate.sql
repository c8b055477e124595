-- Runs after every Flyway migrate (a Flyway SQL callback), as the owner. Idempotent.
-- 1. Row-level security on EVERY table of this schema that has a tenant_id column, present and future:
--    ENABLE + FORCE, and a policy that lets a transaction see and write only the rows of the tenant it is
--    bound to (app.tenant_id, set by TransactionAdapter). Tables with a group_id column (and nis2_group
--    itself) get a second, restrictive policy: only the groups the caller may see (app.group_ids).
-- 2. The application role (${approle}) may read and write those tables but owns none of them; it may only
--    insert into and read audit_record.
do $$
declare
    t record;
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
        if exists (select 1 from information_schema.columns g
                    where g.table_schema = '${flyway:defaultSchema}' and g.table_name = t.table_name
                      and g.column_name = 'group_id')
           and not exists (select 1 from pg_policies p
                            where p.schemaname = '${flyway:defaultSchema}' and p.tablename = t.table_name
                              and p.policyname = 'group_restriction') then
            execute format('create policy group_restriction on %I as restrictive using (nis2_group_visible(group_id))'
                           ' with check (nis2_group_visible(group_id))', t.table_name);
        end if;
    end loop;
    if to_regclass('${flyway:defaultSchema}.nis2_group') is not null
       and not exists (select 1 from pg_policies p
                        where p.schemaname = '${flyway:defaultSchema}' and p.tablename = 'nis2_group'
                          and p.policyname = 'group_restriction') then
        execute 'create policy group_restriction on nis2_group as restrictive using (nis2_group_visible(id))'
                ' with check (nis2_group_visible(id))';
    end if;
end
$$;

grant usage on schema ${flyway:defaultSchema} to ${approle};
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to ${approle};
grant usage, select on all sequences in schema ${flyway:defaultSchema} to ${approle};
grant execute on all functions in schema ${flyway:defaultSchema} to ${approle};
revoke update, delete, truncate on audit_record from ${approle};
revoke all on flyway_schema_history from ${approle};
revoke update, delete, truncate on tenant from ${approle};
