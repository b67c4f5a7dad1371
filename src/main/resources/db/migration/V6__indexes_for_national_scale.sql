-- Indexes for a national-scale inventory (issue 7), each for a public page that would otherwise read a whole
-- table; found with bench/run.sh (auto_explain of every statement the pages send).

-- Home page headline counts: each count reads a small partial index instead of the disclosure table.
create index disclosure_unapproved_in_use_idx on disclosure (id)
    where lifecycle_status in ('IN_USE', 'PILOT') and approval_status not in ('APPROVED', 'APPROVED_WITH_CONDITIONS');
create index disclosure_nda_withheld_idx on disclosure (id) where nda_status = 'SIGNED_WITHHELD';
create index disclosure_public_cloud_idx on disclosure (id) where hosting_type = 'PUBLIC_CLOUD';

-- The inventory's filter lists read the first agencies and vendors by name (at most the configured number).
create index agency_name_order_idx on agency (name);
create index vendor_name_order_idx on vendor (name);
