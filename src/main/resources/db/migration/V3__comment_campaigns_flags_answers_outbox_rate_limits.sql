-- Public comments, second part: campaigns, residents' flags, the agency's answers and response,
-- changes to a period's dates, an email outbox, and rate-limit buckets every portal instance shares.

-- Campaigns: comments on the same period whose text is the same once case, spaces and punctuation are
-- ignored share a fingerprint and are shown once, "submitted by N people". Computed by PostgreSQL, so
-- rows loaded in bulk (COPY) are grouped too.
alter table public_comment
    add column fingerprint varchar(32) generated always as
        (md5(regexp_replace(lower(body), '[[:space:][:punct:]]+', '', 'g'))) stored;
-- The resident's language when commenting: the receipt and status notices are written in it.
alter table public_comment add column locale varchar(10) not null default 'en';
-- Flags since the last moderator review; at the configured threshold the comment is hidden for review.
alter table public_comment add column open_flags integer not null default 0;
-- The owning agency's answer to this comment (plain text, shown escaped).
alter table public_comment add column agency_answer text;
alter table public_comment add column answered_by varchar(255);
alter table public_comment add column answered_at timestamp(6) with time zone;
create index public_comment_group_idx on public_comment (period_id, status, fingerprint, submitted_at, id);

create sequence comment_flag_seq start with 1 increment by 50;
create table comment_flag (
    id          bigint primary key,
    comment_id  bigint not null references public_comment (id),
    reason      varchar(40) not null,
    -- A keyed hash of the sender's address: one flag per person and comment, without storing addresses.
    flagged_by  varchar(64) not null,
    created_at  timestamp(6) with time zone not null,
    reviewed_at timestamp(6) with time zone,
    unique (comment_id, flagged_by)
);

-- Why a period's dates were changed (set or extended by a moderator or an admin); shown publicly.
alter table comment_period add column change_note text;
alter table comment_period add column changed_by varchar(255);
alter table comment_period add column changed_at timestamp(6) with time zone;

-- The agency's official response to the comments of a closed period: Markdown as written, and the
-- sanitized HTML shown on the technology page.
create sequence comment_response_seq start with 1 increment by 50;
create table comment_response (
    id            bigint primary key,
    period_id     bigint not null unique references comment_period (id),
    body_markdown text not null,
    body_html     text not null,
    published_by  varchar(255) not null,
    published_at  timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);

-- Email is written here in the same transaction as the change it reports, and sent by a scheduled job,
-- so an SMTP outage never loses a receipt or fails a submission. Rows are claimed with SKIP LOCKED, so
-- several instances never send one message twice.
create sequence email_outbox_seq start with 1 increment by 50;
create table email_outbox (
    id               bigint primary key,
    recipient        varchar(320) not null,
    kind             varchar(40) not null,
    subject          text not null,
    body_text        text not null,
    list_unsubscribe text,
    created_at       timestamp(6) with time zone not null,
    next_attempt_at  timestamp(6) with time zone not null,
    attempts         integer not null default 0,
    last_error       text,
    sent_at          timestamp(6) with time zone
);
create index email_outbox_due_idx on email_outbox (next_attempt_at) where sent_at is null;

-- Bucket4j's token buckets (submissions and flags per address), shared by every instance.
create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
