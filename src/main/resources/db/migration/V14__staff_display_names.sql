-- Security review, finding 12: public pages, feeds, downloads and the API name the staff member who submitted a
-- disclosure by their display name (the given and family name of their token, kept at submission), never by
-- their Keycloak username. submitted_by keeps the username for the portal's own records (the audit log keeps
-- it too). Revisions submitted before this migration have no display name: they show the agency's name.
alter table disclosure add column submitted_by_name varchar(255);
alter table disclosure_aud add column submitted_by_name varchar(255);
