-- Oversight Portal schema, version 1: agencies, vendors, disclosures (with drafts),
-- the Envers history of each, and the audit log.
-- Ids come from sequences that hand out blocks of 50 (Hibernate's pooled optimizer).

create sequence agency_seq start with 1 increment by 50;
create sequence vendor_seq start with 1 increment by 50;
create sequence disclosure_seq start with 1 increment by 50;
create sequence disclosure_draft_seq start with 1 increment by 50;
create sequence audit_log_seq start with 1 increment by 50;

create table agency (
    id            bigint primary key,
    slug          varchar(100) not null unique,
    name          varchar(300) not null,
    kind          varchar(40)  not null,
    jurisdiction  varchar(300) not null,
    website       varchar(2000),
    contact_name  varchar(300),
    contact_email varchar(320),
    contact_phone varchar(50),
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);
create index agency_kind_idx on agency (kind);
create index agency_name_idx on agency (lower(name));

create table vendor (
    id         bigint primary key,
    slug       varchar(100) not null unique,
    name       varchar(300) not null,
    website    varchar(2000),
    parent_id  bigint references vendor (id),
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null
);
create index vendor_parent_idx on vendor (parent_id);

create table disclosure (
    id                          bigint primary key,
    slug                        varchar(200) not null unique,
    agency_id                   bigint not null references agency (id),
    name                        varchar(300) not null,
    product                     varchar(300),
    vendor_id                   bigint references vendor (id),
    category                    varchar(60) not null,
    description                 text not null,
    purpose                     text not null,
    authorized_uses             text not null,
    prohibited_uses             text not null,
    benefits                    text,
    legal_authority             text,
    cap_face_recognition        boolean not null default false,
    cap_real_time               boolean not null default false,
    cap_person_tracking         boolean not null default false,
    cap_audio_capture           boolean not null default false,
    cap_video_analytics         boolean not null default false,
    cap_sentiment_analysis      boolean not null default false,
    cap_transcription           boolean not null default false,
    other_capabilities          text,
    data_types                  text not null,
    data_minimization           text,
    data_sources                jsonb not null default '[]',
    retention_days              integer check (retention_days >= 0),
    retention_indefinite        boolean not null default false,
    deletion_practice           text not null,
    access_controls             text not null,
    audit_of_use                text,
    public_access               text,
    hosting_type                varchar(30) not null,
    hosting_provider_id         bigint references vendor (id),
    hosting_region              varchar(300),
    hosting_certifications      varchar(300),
    sharing_partners            jsonb not null default '[]',
    deployment_locations        jsonb not null default '[]',
    cost_initial                numeric(14, 2),
    cost_annual                 numeric(14, 2),
    cost_personnel              numeric(14, 2),
    currency                    varchar(3) not null default 'USD',
    cost_items                  jsonb not null default '[]',
    funding_sources             jsonb not null default '[]',
    contract_start              date,
    contract_renewal            date,
    contract_end                date,
    nda_status                  varchar(30) not null,
    nda_requires_records_notice boolean not null default false,
    vendor_obligations          text,
    civil_liberties_assessment  text not null,
    training_and_oversight      text,
    alternatives_considered     text,
    lifecycle_status            varchar(30) not null,
    retired_reason              text,
    approval_status             varchar(40) not null default 'NOT_REVIEWED',
    approval_body               varchar(300),
    approval_date               date,
    approval_legislation        varchar(300),
    approval_vote               varchar(300),
    approval_conditions         text,
    source_links                jsonb not null default '[]',
    revision                    integer not null,
    first_submitted_at          timestamp(6) with time zone not null,
    submitted_at                timestamp(6) with time zone not null,
    submitted_by                varchar(255) not null,
    -- Full-text search over what a resident would search for; weighted so name matches rank first.
    search_vector tsvector generated always as (
        setweight(to_tsvector('english'::regconfig, coalesce(name, '') || ' ' || coalesce(product, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(purpose, '') || ' ' || coalesce(data_types, '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')
    ) stored
);

-- Every inventory filter has an index; list pages never scan the table.
create index disclosure_agency_idx on disclosure (agency_id);
create index disclosure_vendor_idx on disclosure (vendor_id);
create index disclosure_hosting_provider_idx on disclosure (hosting_provider_id);
create index disclosure_category_idx on disclosure (category);
create index disclosure_nda_idx on disclosure (nda_status);
create index disclosure_lifecycle_idx on disclosure (lifecycle_status);
create index disclosure_approval_idx on disclosure (approval_status);
create index disclosure_cap_face_idx on disclosure (id) where cap_face_recognition;
create index disclosure_cap_real_time_idx on disclosure (id) where cap_real_time;
create index disclosure_cap_tracking_idx on disclosure (id) where cap_person_tracking;
create index disclosure_cap_audio_idx on disclosure (id) where cap_audio_capture;
create index disclosure_cap_video_idx on disclosure (id) where cap_video_analytics;
create index disclosure_cap_sentiment_idx on disclosure (id) where cap_sentiment_analysis;
create index disclosure_cap_transcription_idx on disclosure (id) where cap_transcription;
create index disclosure_search_idx on disclosure using gin (search_vector);
-- Keyset pagination: one index per sort order.
create index disclosure_sort_name_idx on disclosure (lower(name), id);
create index disclosure_sort_newest_idx on disclosure (submitted_at desc, id desc);

create table disclosure_draft (
    id            bigint primary key,
    agency_id     bigint not null references agency (id),
    disclosure_id bigint unique references disclosure (id),
    form          jsonb not null,
    created_by    varchar(255) not null,
    created_at    timestamp(6) with time zone not null,
    updated_by    varchar(255) not null,
    updated_at    timestamp(6) with time zone not null
);
create index disclosure_draft_agency_idx on disclosure_draft (agency_id);

create table audit_log (
    id           bigint primary key,
    at           timestamp(6) with time zone not null,
    actor        varchar(255) not null,
    actor_agency varchar(255),
    action       varchar(255) not null,
    target_type  varchar(255) not null,
    target_id    varchar(255),
    outcome      varchar(20) not null,
    detail       text
);
create index audit_log_at_idx on audit_log (at desc);

-- Envers: one row per revision (a transaction that changed audited records) ...
create table portal_revision (
    id        bigserial primary key,
    timestamp bigint not null,
    username  varchar(255) not null
);

-- ... and, per audited table, the state of each changed row at that revision.
create table agency_aud (
    id            bigint not null,
    rev           bigint not null references portal_revision (id),
    revtype       smallint,
    slug          varchar(100),
    name          varchar(300),
    kind          varchar(40),
    jurisdiction  varchar(300),
    website       varchar(2000),
    contact_name  varchar(300),
    contact_email varchar(320),
    contact_phone varchar(50),
    created_at    timestamp(6) with time zone,
    updated_at    timestamp(6) with time zone,
    primary key (rev, id)
);

create table vendor_aud (
    id         bigint not null,
    rev        bigint not null references portal_revision (id),
    revtype    smallint,
    slug       varchar(100),
    name       varchar(300),
    website    varchar(2000),
    parent_id  bigint,
    created_at timestamp(6) with time zone,
    updated_at timestamp(6) with time zone,
    primary key (rev, id)
);

create table disclosure_aud (
    id                          bigint not null,
    rev                         bigint not null references portal_revision (id),
    revtype                     smallint,
    slug                        varchar(200),
    agency_id                   bigint,
    name                        varchar(300),
    product                     varchar(300),
    vendor_id                   bigint,
    category                    varchar(60),
    description                 text,
    purpose                     text,
    authorized_uses             text,
    prohibited_uses             text,
    benefits                    text,
    legal_authority             text,
    cap_face_recognition        boolean,
    cap_real_time               boolean,
    cap_person_tracking         boolean,
    cap_audio_capture           boolean,
    cap_video_analytics         boolean,
    cap_sentiment_analysis      boolean,
    cap_transcription           boolean,
    other_capabilities          text,
    data_types                  text,
    data_minimization           text,
    data_sources                jsonb,
    retention_days              integer,
    retention_indefinite        boolean,
    deletion_practice           text,
    access_controls             text,
    audit_of_use                text,
    public_access               text,
    hosting_type                varchar(30),
    hosting_provider_id         bigint,
    hosting_region              varchar(300),
    hosting_certifications      varchar(300),
    sharing_partners            jsonb,
    deployment_locations        jsonb,
    cost_initial                numeric(14, 2),
    cost_annual                 numeric(14, 2),
    cost_personnel              numeric(14, 2),
    currency                    varchar(3),
    cost_items                  jsonb,
    funding_sources             jsonb,
    contract_start              date,
    contract_renewal            date,
    contract_end                date,
    nda_status                  varchar(30),
    nda_requires_records_notice boolean,
    vendor_obligations          text,
    civil_liberties_assessment  text,
    training_and_oversight      text,
    alternatives_considered     text,
    lifecycle_status            varchar(30),
    retired_reason              text,
    approval_status             varchar(40),
    approval_body               varchar(300),
    approval_date               date,
    approval_legislation        varchar(300),
    approval_vote               varchar(300),
    approval_conditions         text,
    source_links                jsonb,
    revision                    integer,
    first_submitted_at          timestamp(6) with time zone,
    submitted_at                timestamp(6) with time zone,
    submitted_by                varchar(255),
    primary key (rev, id)
);
create index disclosure_aud_id_idx on disclosure_aud (id, rev);
