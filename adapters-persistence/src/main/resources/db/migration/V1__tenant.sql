-- Foundation schema. Flyway owns the schema; JPA only validates it (ddl-auto=validate).
-- A tenant is the customer organisation that owns groups, legal entities and API tokens (later issues).
create table tenant (
    id         uuid        primary key,
    name       text        not null,
    created_at timestamptz not null default now()
);

comment on table tenant is 'A customer organisation; owns groups, legal entities and API tokens.';
