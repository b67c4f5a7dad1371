-- Public comment periods on submitted disclosures, and residents' comments, pre-moderated.

create sequence comment_period_seq start with 1 increment by 50;
create sequence public_comment_seq start with 1 increment by 50;

create table comment_period (
    id            bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    opens_at      timestamp(6) with time zone not null,
    closes_at     timestamp(6) with time zone not null,
    created_by    varchar(255) not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    check (closes_at > opens_at)
);
create index comment_period_disclosure_idx on comment_period (disclosure_id, closes_at desc);
create index comment_period_closes_idx on comment_period (closes_at);

create table public_comment (
    id              bigint primary key,
    period_id       bigint not null references comment_period (id),
    tracking_number varchar(20) not null unique,
    display_name    varchar(100),
    -- Never shown or exported: used only for the receipt and the status notice.
    email           varchar(320),
    body            text not null,
    status          varchar(20) not null,
    reject_reason   varchar(40),
    moderator_note  text,
    moderated_by    varchar(255),
    moderated_at    timestamp(6) with time zone,
    submitted_at    timestamp(6) with time zone not null
);
create index public_comment_thread_idx on public_comment (period_id, status, submitted_at, id);
create index public_comment_queue_idx on public_comment (status, submitted_at, id);
