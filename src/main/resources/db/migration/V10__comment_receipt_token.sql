-- Security review, finding 1: a commenter reads their own text through a secret receipt link, never through
-- the public tracking number. Only the SHA-256 of the link's token is kept; comments made before this
-- migration have none (their text is public again only if they are published).
alter table public_comment add column receipt_token_hash varchar(64);
create unique index public_comment_receipt_token_hash on public_comment (receipt_token_hash);
