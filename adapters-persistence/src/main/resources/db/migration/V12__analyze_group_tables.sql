-- After a bulk import the planner's statistics of the group tables are stale until autovacuum analyzes them (a minute
-- or more): right after importing 10,000 entities, a page of 100 of them took 2.5-4 s instead of 0.1 s (bad plans
-- over tables the planner still thought empty). The application role owns no table, so it cannot ANALYZE them
-- itself (PostgreSQL before 17 has no MAINTAIN privilege); this function runs as the owner of the schema objects
-- and analyzes exactly the tables an import writes. It reads and returns nothing; row-level security does not apply
-- to ANALYZE, and pg_stats hides the statistics of tables with row-level security from roles subject to it.
-- EXECUTE is granted to the application role by afterMigrate.sql (all functions of the schema).
create function nis2_analyze_group_tables() returns void
    language plpgsql
    security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
    begin
        analyze legal_entity, holding, financial_year, consolidated_inclusion;
    end
    $$;
