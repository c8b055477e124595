-- Issue 6: users, memberships, partner API tokens and the audit log; the helpers row-level security uses.
-- Row-level security itself (ENABLE + FORCE + policies on every table with a tenant_id column) and the
-- grants to the application role are (re)applied after every migration by afterMigrate.sql, so that tables
-- added by later migrations are covered too.

-- The tenant the current transaction is bound to (TransactionAdapter: set_config('app.tenant_id', ..., true));
-- null when none is bound, so that a query outside a bound transaction sees no tenant row at all.
create function nis2_current_tenant() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Whether the current transaction may see group g: app.group_ids is '*' (no restriction), '' (no group) or a
-- comma-separated list of group ids (a token or compliance head restricted to named groups). Unset = false.
create function nis2_group_visible(g uuid) returns boolean
    language sql stable
    as $$
      select case coalesce(current_setting('app.group_ids', true), '')
               when '*' then true
               when '' then false
               else g = any (string_to_array(current_setting('app.group_ids', true), ',')::uuid[])
             end
    $$;

-- A person known to an identity provider (OIDC issuer + subject). Holds no tenant data: what a user may do
-- in a tenant is in tenant_membership.
create table app_user (
    id         uuid        primary key,
    issuer     text        not null,
    subject    text        not null,
    created_at timestamptz not null default now(),
    unique (issuer, subject)
);
comment on table app_user is 'A person known to an OIDC issuer (iss + sub); roles per tenant are in tenant_membership.';

create table tenant_membership (
    id           uuid        primary key,
    tenant_id    uuid        not null references tenant (id),
    user_id      uuid        not null references app_user (id),
    display_name text,
    role         text        not null check (role in ('ADMIN', 'COMPLIANCE_HEAD', 'VIEWER')),
    group_ids    uuid[],
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (tenant_id, user_id)
);
comment on table tenant_membership is 'The role of a user in a tenant; group_ids (null = all) restricts a compliance head to named groups.';
comment on column tenant_membership.group_ids is 'null = every group of the tenant; otherwise the only groups the member may see.';

create table api_token (
    id           uuid        primary key,
    tenant_id    uuid        not null references tenant (id),
    name         text        not null,
    prefix       text        not null,
    digest       bytea       not null unique check (octet_length(digest) = 32),
    scopes       text[]      not null,
    group_ids    uuid[],
    expires_at   timestamptz not null,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
comment on table api_token is 'Partner API tokens. Only HMAC-SHA-256(server secret, token) is stored (digest), never the token.';
create index api_token_tenant_idx on api_token (tenant_id, created_at, id);

create table audit_record (
    id          uuid        primary key,
    seq         bigint      generated always as identity unique,
    tenant_id   uuid        not null references tenant (id),
    occurred_at timestamptz not null default clock_timestamp(),
    actor       text        not null,
    action      text        not null,
    target      text,
    outcome     text        not null,
    detail      text
);
comment on table audit_record is 'Append-only: who did what, when, with which outcome. Update and delete are refused by a trigger.';
create index audit_record_tenant_idx on audit_record (tenant_id, seq);

create function nis2_audit_record_is_append_only() returns trigger
    language plpgsql
    as $$ begin raise exception 'audit_record is append-only: % refused', tg_op using errcode = '42501'; end $$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function nis2_audit_record_is_append_only();
create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function nis2_audit_record_is_append_only();

-- Authentication happens before a tenant is known, so these two look-ups cannot go through a tenant-bound
-- transaction. They run as the owner (SECURITY DEFINER) and return exactly the one row asked for: the
-- application role cannot list tokens or memberships of other tenants through them.
create policy api_token_owner_lookup on api_token for select to current_user using (true);
create policy tenant_membership_owner_lookup on tenant_membership for select to current_user using (true);

create function nis2_find_api_token(p_digest bytea)
    returns table (id uuid, tenant_id uuid, prefix text, scopes text[], group_ids uuid[],
                   expires_at timestamptz, last_used_at timestamptz, revoked_at timestamptz)
    language sql stable security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
      select t.id, t.tenant_id, t.prefix, t.scopes, t.group_ids, t.expires_at, t.last_used_at, t.revoked_at
        from api_token t where t.digest = p_digest
    $$;

create function nis2_find_memberships(p_issuer text, p_subject text)
    returns table (membership_id uuid, tenant_id uuid, role text, group_ids uuid[])
    language sql stable security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
      select m.id, m.tenant_id, m.role, m.group_ids
        from tenant_membership m join app_user u on u.id = m.user_id
       where u.issuer = p_issuer and u.subject = p_subject
       order by m.created_at, m.id
    $$;
