-- Issue 5 follow-ups (V4 is the Art 20 register's).

-- One holding of a pair at a time. createHolding refuses a holding of a pair whose validity overlaps another one of the
-- same pair; this index stops the race of two concurrent creates (or imports) of an open holding of the same pair.
-- (Overlaps of ended holdings cannot be a plain unique index; the service checks them.)
create unique index holding_open_pair_unique on holding (owner_id, owned_id) where valid_to is null;

-- The consolidated figures of the period before, recorded with the consolidating entity's year when there is no
-- previous year of its own to carry them (an import of an enterprise with consolidated previousFigures but without
-- previousFigures of its own): the engine uses them for the two-period rule all the same.
alter table financial_year
    add column consolidated_previous_headcount            numeric check (consolidated_previous_headcount >= 0),
    add column consolidated_previous_annual_turnover      numeric check (consolidated_previous_annual_turnover >= 0),
    add column consolidated_previous_balance_sheet_total  numeric check (consolidated_previous_balance_sheet_total >= 0),
    add constraint financial_year_consolidated_previous_all_or_none
        check ((consolidated_previous_headcount is null) = (consolidated_previous_annual_turnover is null)
               and (consolidated_previous_balance_sheet_total is null or consolidated_previous_headcount is not null)),
    add constraint financial_year_consolidated_previous_needs_consolidated
        check (consolidated_previous_headcount is null or consolidated_headcount is not null);
comment on column financial_year.consolidated_previous_headcount is
    'Consolidated figures of the period before, when no previous year of the entity carries them (see decisions.md).';
