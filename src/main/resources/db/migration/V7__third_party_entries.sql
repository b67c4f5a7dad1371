-- Entries reported by third parties (the Atlas of Surveillance), the imports they came from, and the
-- Envers history of each entry. An entry is public but marked unconfirmed until the agency's staff
-- confirm it (which opens a draft disclosure) or dispute it with a reason.

create sequence third_party_import_seq start with 1 increment by 50;
create sequence third_party_entry_seq start with 1 increment by 50;

create table third_party_import (
    id                     bigint primary key,
    source                 varchar(100) not null,
    file_name              varchar(300) not null,
    imported_by            varchar(255) not null,
    create_agencies        boolean not null,
    status                 varchar(20) not null,
    started_at             timestamp(6) with time zone not null,
    finished_at            timestamp(6) with time zone,
    total_rows             integer not null default 0,
    processed_rows         integer not null default 0,
    created_count          integer not null default 0,
    duplicate_count        integer not null default 0,
    unknown_agency_count   integer not null default 0,
    unmappable_count       integer not null default 0,
    bad_row_count          integer not null default 0,
    agencies_created_count integer not null default 0,
    report                 jsonb not null default '[]'
);
create index third_party_import_started_idx on third_party_import (started_at desc);

create table third_party_entry (
    id                bigint primary key,
    source            varchar(100) not null,
    source_id         varchar(200) not null,
    agency_id         bigint not null references agency (id),
    technology        varchar(200) not null,
    category          varchar(60) not null,
    vendor_name       varchar(300),
    summary           text,
    reported_place    varchar(300),
    links             jsonb not null default '[]',
    status            varchar(20) not null,
    dispute_reason    text,
    decided_by        varchar(255),
    decided_at        timestamp(6) with time zone,
    -- The draft opened on confirming; no foreign key, since submitting a draft deletes it.
    draft_id          bigint,
    disclosure_id     bigint references disclosure (id),
    import_id         bigint references third_party_import (id),
    created_at        timestamp(6) with time zone not null,
    -- Re-importing the same file finds the entries it already made.
    constraint third_party_entry_source_uk unique (source, source_id, agency_id)
);
create index third_party_entry_agency_idx on third_party_entry (agency_id, status);
create index third_party_entry_status_idx on third_party_entry (status);
create index third_party_entry_draft_idx on third_party_entry (draft_id) where draft_id is not null;

create table third_party_entry_aud (
    id             bigint not null,
    rev            bigint not null references portal_revision (id),
    revtype        smallint,
    source         varchar(100),
    source_id      varchar(200),
    agency_id      bigint,
    technology     varchar(200),
    category       varchar(60),
    vendor_name    varchar(300),
    summary        text,
    reported_place varchar(300),
    links          jsonb,
    status         varchar(20),
    dispute_reason text,
    decided_by     varchar(255),
    decided_at     timestamp(6) with time zone,
    draft_id       bigint,
    disclosure_id  bigint,
    import_id      bigint,
    created_at     timestamp(6) with time zone,
    primary key (rev, id)
);
