-- Stored groups (issue 5): groups, legal entities, holdings, financial years with consolidated accounts,
-- and immutable group assessments. Every table carries tenant_id (denormalised, also on child tables), so that
-- row-level security can be one policy per table: tenant_id = current_setting('app.tenant_id')::uuid.
-- Children reference their parent together with its tenant ((parent_id, tenant_id) -> (id, tenant_id)), so that
-- no row can point into another tenant. Mutable aggregates carry version (optimistic locking).

create table nis2_group (
    id                       uuid        primary key,
    tenant_id                uuid        not null references tenant (id),
    name                     text        not null check (length(btrim(name)) between 1 and 200),
    -- Rec 2003/361 Annex Art 3(3) fourth subparagraph: lists of external keys on one same-or-adjacent market;
    -- null = not known (enterprises controlled by the same natural person are then assumed linked).
    same_or_adjacent_markets jsonb       check (same_or_adjacent_markets is null
                                                or jsonb_typeof(same_or_adjacent_markets) = 'array'),
    version                  bigint      not null default 0,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    unique (id, tenant_id)
);
create index nis2_group_page on nis2_group (tenant_id, name, id);
comment on table nis2_group is 'A group of legal entities kept by a tenant (group is an SQL keyword).';

create table legal_entity (
    id                         uuid        primary key,
    tenant_id                  uuid        not null references tenant (id),
    group_id                   uuid        not null,
    -- the caller's own key, unique in the group; holdings of an imported structure refer to it
    external_key               text        not null check (length(btrim(external_key)) between 1 and 200),
    name                       text        not null check (length(btrim(name)) between 1 and 300),
    country                    char(2)     check (country ~ '^[A-Z]{2}$'),
    registration_number        text        check (length(registration_number) <= 100),
    -- [{"type": "CLOUD_COMPUTING_SERVICE_PROVIDER", "qualified": false, "ancillary": false}, ...]
    activities                 jsonb       not null default '[]' check (jsonb_typeof(activities) = 'array'),
    -- [{"ground": "SOLE_PROVIDER", "entityClass": "ESSENTIAL" | null}, ...]
    identifications            jsonb       not null default '[]' check (jsonb_typeof(identifications) = 'array'),
    -- ["DORA_EXEMPTED", ...]
    exclusions                 jsonb       not null default '[]' check (jsonb_typeof(exclusions) = 'array'),
    investor_category          text        check (investor_category in ('PUBLIC_INVESTMENT_CORPORATION',
                                               'VENTURE_CAPITAL', 'BUSINESS_ANGEL', 'UNIVERSITY_OR_RESEARCH_CENTRE',
                                               'INSTITUTIONAL_INVESTOR', 'SMALL_AUTONOMOUS_LOCAL_AUTHORITY')),
    natural_person             boolean     not null default false,
    provides_services_in_union boolean     not null default true,
    version                    bigint      not null default 0,
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    unique (id, tenant_id),
    unique (id, group_id),
    constraint legal_entity_key_unique unique (group_id, external_key),
    foreign key (group_id, tenant_id) references nis2_group (id, tenant_id)
);
create index legal_entity_page on legal_entity (group_id, name, id);
comment on table legal_entity is 'A legal entity (or natural person) of a group.';

create table holding (
    id              uuid        primary key,
    tenant_id       uuid        not null references tenant (id),
    group_id        uuid        not null,
    owner_id        uuid        not null,
    owned_id        uuid        not null,
    capital_percent numeric     check (capital_percent between 0 and 100),
    voting_percent  numeric     check (voting_percent between 0 and 100),
    -- ["BOARD_MAJORITY_APPOINTMENT", ...]
    control_rights  jsonb       not null default '[]' check (jsonb_typeof(control_rights) = 'array'),
    invested_amount numeric     check (invested_amount >= 0),
    -- valid on day d when (valid_from is null or valid_from <= d) and (valid_to is null or d < valid_to)
    valid_from      date,
    valid_to        date,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (owner_id <> owned_id),
    check (valid_to is null or valid_from is null or valid_from < valid_to),
    check (capital_percent is not null or voting_percent is not null or control_rights <> '[]'),
    foreign key (group_id, tenant_id) references nis2_group (id, tenant_id),
    -- owner and owned belong to the holding's group (and so to its tenant); no cascade: an entity with
    -- holdings cannot be deleted
    foreign key (owner_id, group_id) references legal_entity (id, group_id),
    foreign key (owned_id, group_id) references legal_entity (id, group_id)
);
create index holding_owner on holding (owner_id, valid_from, id);
create index holding_owned on holding (owned_id, valid_from, id);
create index holding_group on holding (group_id);
comment on table holding is 'A holding of one legal entity in another, valid from valid_from (inclusive) to valid_to (exclusive).';

create table financial_year (
    id                                 uuid        primary key,
    tenant_id                          uuid        not null references tenant (id),
    legal_entity_id                    uuid        not null,
    period_end                         date        not null,
    headcount                          numeric     not null check (headcount >= 0),
    annual_turnover                    numeric     not null check (annual_turnover >= 0),
    balance_sheet_total                numeric     check (balance_sheet_total >= 0),
    approved                           boolean     not null default false,
    -- consolidated accounts prepared by this entity for this period (Rec 2003/361 Annex Art 6(2)); all null = none
    consolidated_headcount             numeric     check (consolidated_headcount >= 0),
    consolidated_annual_turnover       numeric     check (consolidated_annual_turnover >= 0),
    consolidated_balance_sheet_total   numeric     check (consolidated_balance_sheet_total >= 0),
    version                            bigint      not null default 0,
    created_at                         timestamptz not null default now(),
    updated_at                         timestamptz not null default now(),
    unique (id, tenant_id),
    constraint financial_year_period_unique unique (legal_entity_id, period_end),
    check ((consolidated_headcount is null) = (consolidated_annual_turnover is null)),
    check (consolidated_balance_sheet_total is null or consolidated_headcount is not null),
    -- the accounts go with the entity
    foreign key (legal_entity_id, tenant_id) references legal_entity (id, tenant_id) on delete cascade
);
create index financial_year_latest on financial_year (legal_entity_id, period_end desc, id);
comment on table financial_year is 'The accounts of one legal entity for one period, optionally with consolidated accounts.';

create table consolidated_inclusion (
    id                uuid primary key,
    tenant_id         uuid not null references tenant (id),
    financial_year_id uuid not null,
    legal_entity_id   uuid not null,
    unique (financial_year_id, legal_entity_id),
    foreign key (financial_year_id, tenant_id) references financial_year (id, tenant_id) on delete cascade,
    -- no cascade: an entity included in another entity's consolidated accounts cannot be deleted
    foreign key (legal_entity_id, tenant_id) references legal_entity (id, tenant_id)
);
create index consolidated_inclusion_entity on consolidated_inclusion (legal_entity_id);
comment on table consolidated_inclusion is 'An entity consolidated line by line in the consolidated accounts of a financial year.';

create table group_assessment (
    id             uuid        primary key,
    tenant_id      uuid        not null references tenant (id),
    group_id       uuid        not null,
    run_at         timestamptz not null,
    as_of          date        not null,
    rules_version  text        not null,
    -- lower-case hex SHA-256 of the canonical engine input (domain InputFingerprint)
    input_hash     char(64)    not null check (input_hash ~ '^[0-9a-f]{64}$'),
    entity_count   integer     not null check (entity_count >= 0),
    unique (id, tenant_id),
    foreign key (group_id, tenant_id) references nis2_group (id, tenant_id)
);
create index group_assessment_page on group_assessment (group_id, run_at desc, id);
comment on table group_assessment is 'An immutable record of one group assessment run.';

create table group_assessment_entity (
    id                   uuid    primary key,
    tenant_id            uuid    not null references tenant (id),
    group_assessment_id  uuid    not null,
    legal_entity_id      uuid    not null,
    external_key         text    not null,
    entity_class         text    check (entity_class in ('ESSENTIAL', 'IMPORTANT', 'NOT_IN_SCOPE')),
    size_class           text    not null check (size_class in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    -- the engine's full result for the entity (EnterpriseAssessment as JSON)
    result               jsonb   not null,
    unique (group_assessment_id, external_key),
    foreign key (group_assessment_id, tenant_id) references group_assessment (id, tenant_id),
    -- no cascade: an entity with assessments cannot be deleted
    foreign key (legal_entity_id, tenant_id) references legal_entity (id, tenant_id)
);
create index group_assessment_entity_entity on group_assessment_entity (legal_entity_id);
comment on table group_assessment_entity is 'The engine result for one entity of an immutable group assessment.';

create function refuse_assessment_change() returns trigger language plpgsql as $$
begin
    raise exception 'group assessments are immutable (% on %)', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end;
$$;

create trigger group_assessment_immutable before update or delete on group_assessment
    for each row execute function refuse_assessment_change();
create trigger group_assessment_entity_immutable before update or delete on group_assessment_entity
    for each row execute function refuse_assessment_change();
create trigger group_assessment_no_truncate before truncate on group_assessment
    for each statement execute function refuse_assessment_change();
create trigger group_assessment_entity_no_truncate before truncate on group_assessment_entity
    for each statement execute function refuse_assessment_change();
