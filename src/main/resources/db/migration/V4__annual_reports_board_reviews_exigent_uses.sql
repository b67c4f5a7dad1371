-- Annual use reports (ordinances.md §2) with any extension of their deadline, the oversight board's
-- reviews and decisions (§3), exigent uses made without prior approval, and reminders sent about deadlines.

create sequence annual_report_seq start with 1 increment by 50;
create table annual_report (
    id                        bigint primary key,
    disclosure_id             bigint not null references disclosure (id),
    reporting_year            integer not null,
    -- Null until the first submission; the form as typed is kept in draft_form until then and
    -- whenever an amendment is in progress.
    submitted_at              timestamp(6) with time zone,
    submitted_by              varchar(255),
    first_submitted_at        timestamp(6) with time zone,
    revision                  integer not null default 0,
    draft_form                jsonb,
    draft_updated_at          timestamp(6) with time zone,
    draft_updated_by          varchar(255),
    -- How it was used
    usage_summary             text,
    data_collected            text,
    captured_non_suspects     varchar(20),
    usage_counts              jsonb not null default '[]',
    geographic_breakdown      text,
    -- Sharing
    sharing                   jsonb not null default '[]',
    new_sharing_agreements    text,
    -- Oversight
    complaints_count          integer,
    complaints_summary        text,
    policy_adequate           text,
    internal_audits           text,
    violations_count          integer,
    violations_actions        text,
    breaches_count            integer,
    breaches_summary          text,
    records_requests_count    integer,
    -- Effectiveness
    effectiveness             text,
    effectiveness_statistics  jsonb not null default '[]',
    disparate_impact          text,
    -- Cost and changes
    total_cost                numeric(14, 2),
    personnel_cost            numeric(14, 2),
    next_year_funding         text,
    requested_policy_changes  text,
    new_products              text,
    -- An extension of the deadline (Oakland: one of up to 60 days), granted by the board with its reason.
    -- A report row may exist only to hold it, before the agency has started the report.
    extension_days            integer check (extension_days > 0),
    extension_reason          text,
    extension_granted_by      varchar(255),
    extension_granted_at      timestamp(6) with time zone,
    unique (disclosure_id, reporting_year)
);
create index annual_report_submitted_idx on annual_report (submitted_at) where submitted_at is not null;

create table annual_report_aud (
    id                        bigint not null,
    rev                       bigint not null references portal_revision (id),
    revtype                   smallint,
    disclosure_id             bigint,
    reporting_year            integer,
    submitted_at              timestamp(6) with time zone,
    submitted_by              varchar(255),
    first_submitted_at        timestamp(6) with time zone,
    revision                  integer,
    usage_summary             text,
    data_collected            text,
    captured_non_suspects     varchar(20),
    usage_counts              jsonb,
    geographic_breakdown      text,
    sharing                   jsonb,
    new_sharing_agreements    text,
    complaints_count          integer,
    complaints_summary        text,
    policy_adequate           text,
    internal_audits           text,
    violations_count          integer,
    violations_actions        text,
    breaches_count            integer,
    breaches_summary          text,
    records_requests_count    integer,
    effectiveness             text,
    effectiveness_statistics  jsonb,
    disparate_impact          text,
    total_cost                numeric(14, 2),
    personnel_cost            numeric(14, 2),
    next_year_funding         text,
    requested_policy_changes  text,
    new_products              text,
    primary key (id, rev)
);

-- The oversight board's review of a disclosure revision or of an annual report.
create sequence board_review_seq start with 1 increment by 50;
create table board_review (
    id                  bigint primary key,
    disclosure_id       bigint not null references disclosure (id),
    disclosure_revision integer,
    annual_report_id    bigint references annual_report (id),
    hearing_date        date not null,
    hearing_place       varchar(500) not null,
    decision            varchar(40) not null,
    conditions          jsonb not null default '[]',
    consent_agenda      boolean not null default false,
    votes_for           integer,
    votes_against       integer,
    votes_abstain       integer,
    legislation         varchar(200),
    rationale           text not null,
    decided_by          varchar(255) not null,
    decided_at          timestamp(6) with time zone not null,
    check ((annual_report_id is null) <> (disclosure_revision is null))
);
create index board_review_disclosure_idx on board_review (disclosure_id, decided_at desc);
create index board_review_decided_idx on board_review (decided_at desc, id desc);
create unique index board_review_once_per_revision on board_review (disclosure_id, disclosure_revision)
    where disclosure_revision is not null;
create unique index board_review_once_per_report on board_review (annual_report_id) where annual_report_id is not null;

-- A use made in an emergency without prior approval; it counts against compliance until reported.
create sequence exigent_use_seq start with 1 increment by 50;
create table exigent_use (
    id              bigint primary key,
    agency_id       bigint not null references agency (id),
    disclosure_id   bigint references disclosure (id),
    technology_name varchar(300) not null,
    started_on      date not null,
    ended_on        date,
    reason          text not null,
    data_kept       text not null,
    recorded_by     varchar(255) not null,
    recorded_at     timestamp(6) with time zone not null,
    report_text     text,
    reported_by     varchar(255),
    reported_at     timestamp(6) with time zone
);
create index exigent_use_agency_idx on exigent_use (agency_id, started_on desc);

-- Reminders already sent about a report deadline, so the daily job never sends one twice.
create sequence report_reminder_seq start with 1 increment by 50;
create table report_reminder (
    id             bigint primary key,
    disclosure_id  bigint not null references disclosure (id),
    reporting_year integer not null,
    kind           varchar(20) not null,
    sent_at        timestamp(6) with time zone not null,
    unique (disclosure_id, reporting_year, kind)
);
