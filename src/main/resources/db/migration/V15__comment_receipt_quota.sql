-- Security review finding 4: receipt emails sent per recipient and day, so that the portal cannot be used to mail
-- one address over and over. The recipient is a SHA-256 of the day and the normalised address, never the address;
-- rows of past days are deleted every night.
create table comment_receipt_quota (
    recipient_hash varchar(64) not null,
    day            date        not null,
    receipts       integer     not null,
    primary key (recipient_hash, day)
);
