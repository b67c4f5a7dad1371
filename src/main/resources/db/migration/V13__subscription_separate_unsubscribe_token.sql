-- Security review, finding 10: the token of the confirmation link was also the unsubscribe token of every
-- email, so anyone holding an email (a forward, a mail scanner) could confirm with it, and it resumed an
-- unsubscribed subscription. From here on the unsubscribe links carry a token of their own; the confirm
-- token is sent only in the confirmation email. Tokens are kept as sent (every email shows the unsubscribe
-- link again), like the confirm token. Existing rows get a fresh random one: 64 hex digits from two
-- version-4 UUIDs (gen_random_uuid is built into PostgreSQL 13 and later and uses its strong random source).
-- Unsubscribe links already mailed carry the confirm token; the portal still accepts it for unsubscribing.
alter table subscription add column unsubscribe_token varchar(64);
update subscription
   set unsubscribe_token = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
alter table subscription alter column unsubscribe_token set not null;
alter table subscription add constraint subscription_unsubscribe_token_key unique (unsubscribe_token);
