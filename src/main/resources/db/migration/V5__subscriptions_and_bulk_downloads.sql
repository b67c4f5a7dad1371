-- Email subscriptions to the feeds' topics (double opt-in) and the full bulk download, stored in the
-- database so that every instance serves the same file.

create sequence subscription_seq start with 1 increment by 50;
create table subscription (
    id              bigint primary key,
    email           varchar(254) not null,
    topic           varchar(32)  not null check (topic in ('technologies', 'comment-periods', 'decisions', 'overdue-reports')),
    -- At most one of agency, vendor or technology narrows the topic; none means everything.
    scope_kind      varchar(16)  not null check (scope_kind in ('all', 'agency', 'vendor', 'technology')),
    scope_slug      varchar(200),
    frequency       varchar(16)  not null check (frequency in ('immediate', 'weekly')),
    locale          varchar(8)   not null,
    -- Secret of the confirm and unsubscribe links; the only way to act on a subscription.
    token           varchar(64)  not null unique,
    created_at      timestamptz  not null,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz,
    -- Entries updated up to this moment have been sent (or predate the subscription).
    watermark       timestamptz,
    last_sent_at    timestamptz,
    check ((scope_kind = 'all') = (scope_slug is null))
);
-- One live subscription per address and topic; an unsubscribed one stays as the record of the opt-out.
create unique index subscription_live on subscription (lower(email), topic, scope_kind, coalesce(scope_slug, ''))
    where unsubscribed_at is null;
create index subscription_due on subscription (frequency, watermark) where confirmed_at is not null and unsubscribed_at is null;

create sequence bulk_download_seq start with 1 increment by 50;
create table bulk_download (
    id           bigint primary key,
    status       varchar(16) not null check (status in ('building', 'ready', 'failed')),
    -- 'schedule' or the admin who asked for it
    requested_by varchar(200) not null,
    started_at   timestamptz not null,
    built_at     timestamptz,
    size_bytes   bigint,
    sha256       varchar(64),
    -- name and row count of every file in the archive, as JSON
    files        text,
    error        text
);
-- One build at a time across all instances: a second insert of a 'building' row fails.
create unique index bulk_download_one_building on bulk_download ((true)) where status = 'building';
create table bulk_download_chunk (
    download_id bigint  not null references bulk_download (id) on delete cascade,
    seq         integer not null,
    data        bytea   not null,
    primary key (download_id, seq)
);
