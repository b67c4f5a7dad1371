-- Security review findings 3 and 12: who flagged a comment is counted under a key of the flags' own, which
-- rotates every month (old keys are deleted, so old flags can no longer be tied to any address), and flags
-- note the reporter's wider network (IPv4 /24, IPv6 /48, hashed the same way), so that many addresses of
-- one network count as one reporter before a comment is hidden.
create table flag_key (
    month  date primary key,
    secret bytea not null
);
alter table comment_flag add column reporter_network varchar(64);
