-- The NIS2 Art 20 register (issue 5): members of each legal entity's management body, approvals of the
-- cybersecurity risk-management measures (with the members who approved) and the members' trainings.
-- As in V2: every table carries tenant_id; children reference their parent together with its tenant or its
-- legal entity, so that no row can point into another tenant or another entity's register (an approver or a
-- trained member is always a member of the same entity's body). The register goes with its entity
-- (on delete cascade from legal_entity). Members are mutable (version, optimistic locking); approvals and
-- trainings are evidence of past events: recorded once, never updated (trigger).

create table management_body_member (
    id              uuid        primary key,
    tenant_id       uuid        not null references tenant (id),
    legal_entity_id uuid        not null,
    name            text        not null check (length(btrim(name)) between 1 and 500),
    role            text        check (length(btrim(role)) between 1 and 500),
    appointed_on    date        not null,
    -- first day no longer in office; null while in office
    left_on         date,
    version         bigint      not null default 0 check (version >= 0),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (id, tenant_id),
    unique (id, legal_entity_id),
    constraint management_body_member_left_after_appointed check (left_on is null or left_on >= appointed_on),
    foreign key (legal_entity_id, tenant_id) references legal_entity (id, tenant_id) on delete cascade
);
create index management_body_member_entity on management_body_member (legal_entity_id, appointed_on, name, id);
comment on table management_body_member is 'A member of a legal entity''s management body (NIS2 Art 20), appointed_on (inclusive) to left_on (exclusive).';

create table approval (
    id                 uuid        primary key,
    tenant_id          uuid        not null references tenant (id),
    legal_entity_id    uuid        not null,
    measures_version   text        not null check (length(btrim(measures_version)) between 1 and 500),
    approved_on        date        not null,
    document_reference text        check (length(btrim(document_reference)) between 1 and 500),
    created_at         timestamptz not null default now(),
    unique (id, tenant_id),
    unique (id, legal_entity_id),
    foreign key (legal_entity_id, tenant_id) references legal_entity (id, tenant_id) on delete cascade
);
create index approval_entity on approval (legal_entity_id, approved_on desc, id);
comment on table approval is 'The management body''s approval of a version of the risk-management measures (NIS2 Art 20(1)).';

create table approval_member (
    id              uuid primary key,
    tenant_id       uuid not null references tenant (id),
    approval_id     uuid not null,
    member_id       uuid not null,
    legal_entity_id uuid not null,
    unique (approval_id, member_id),
    foreign key (legal_entity_id, tenant_id) references legal_entity (id, tenant_id) on delete cascade,
    foreign key (approval_id, legal_entity_id) references approval (id, legal_entity_id) on delete cascade,
    -- an approver is a member of the same entity's body; a member who approved is never deleted alone
    foreign key (member_id, legal_entity_id) references management_body_member (id, legal_entity_id)
);
create index approval_member_member on approval_member (member_id);
comment on table approval_member is 'A member of the management body who took part in an approval.';

create table training (
    id              uuid        primary key,
    tenant_id       uuid        not null references tenant (id),
    legal_entity_id uuid        not null,
    member_id       uuid        not null,
    completed_on    date        not null,
    provider        text        not null check (length(btrim(provider)) between 1 and 500),
    topic           text        not null check (length(btrim(topic)) between 1 and 500),
    created_at      timestamptz not null default now(),
    unique (id, tenant_id),
    foreign key (legal_entity_id, tenant_id) references legal_entity (id, tenant_id) on delete cascade,
    foreign key (member_id, legal_entity_id) references management_body_member (id, legal_entity_id) on delete cascade
);
create index training_member on training (member_id, completed_on desc, id);
create index training_entity on training (legal_entity_id);
comment on table training is 'Cybersecurity training followed by a member of a management body (NIS2 Art 20(2)).';

create function refuse_register_evidence_update() returns trigger language plpgsql as $$
begin
    raise exception 'approvals and trainings are recorded once and never changed (% on %)', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end;
$$;

create trigger approval_no_update before update on approval
    for each row execute function refuse_register_evidence_update();
create trigger approval_member_no_update before update on approval_member
    for each row execute function refuse_register_evidence_update();
create trigger training_no_update before update on training
    for each row execute function refuse_register_evidence_update();
