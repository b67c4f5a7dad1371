-- National-scale dataset for the Oversight Portal (issue 7). Run by bench/generate.sh, which replaces
-- @SEED@ and @SCALE@ and runs this on a database already migrated by Flyway (start the portal once).
-- Deterministic: every "random" value is a hash of (seed, row number, column salt) — hashint8extended —
-- so the same seed and scale give the same rows whatever the plan, order or parallelism.
-- Everything is INSERT … SELECT FROM generate_series inside the server: no round trips.
\set ON_ERROR_STOP on
\timing on
set client_min_messages = warning;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

-- A uniform number in [0, 1) for row k and column salt s.
create function pg_temp.rnd(k bigint, s int) returns double precision language sql immutable parallel safe as
$$ select ((hashint8extended(k, @SEED@::bigint * 7919 + s) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
-- An integer in [0, n).
create function pg_temp.ri(k bigint, s int, n int) returns int language sql immutable parallel safe as
$$ select floor(pg_temp.rnd(k, s) * n)::int $$;

create temp table gen_size as select
    greatest(20, round(20000 * @SCALE@))::int as agencies,
    greatest(30, round(2000 * @SCALE@))::int as vendors,
    greatest(50, round(100000 * @SCALE@))::int as disclosures,
    greatest(100, round(1000000 * @SCALE@))::int as comments,
    greatest(50, round(200000 * @SCALE@))::int as reports;

-- Start from empty tables (the schema and Flyway's history stay).
truncate third_party_entry_aud, third_party_entry, report_reminder, exigent_use, board_review, annual_report_aud, annual_report, comment_flag, comment_response,
    public_comment, comment_period, disclosure_draft, disclosure_aud, disclosure, vendor_aud, agency_aud, vendor, agency,
    portal_revision, audit_log, email_outbox, rate_limit_bucket;

-- ---------- Vocabulary and paragraphs of long free text ----------
create temp table words(i int primary key, w text);
insert into words select row_number() over () - 1, w from unnest(string_to_array(
 'the agency system data camera cameras footage license plate plates reader readers vehicle vehicles location locations '
 'officer officers deputy deputies investigation investigations suspect suspects resident residents community public '
 'record records retention days policy policies access audit audits log logs vendor contract cloud storage server '
 'analytics analysis face facial recognition biometric image images video audio recording recordings drone drones '
 'flight flights patrol street streets school schools student students transit station stations bus rider riders '
 'jail inmate inmates call calls phone phones social media monitoring alert alerts match matches database databases '
 'search searches query queries warrant warrants court subpoena request requests sharing shared partner partners '
 'federal state local county city department sheriff police crime crimes violent property incident incidents '
 'response emergency gunshot detection sensor sensors network networks real time tracking track person persons '
 'individual individuals privacy civil liberties rights impact assessment training supervisor supervisors approval '
 'approved oversight board commission council report reports annual use used using purpose purposes authorized '
 'prohibited immigration enforcement protest protests religious political activity activities lawful unlawful '
 'deleted deletion purged automatically manually encrypted encryption transit rest role based credentials '
 'multi factor authentication hotlist hotlists stolen missing amber silver alert cross reference investigative '
 'lead leads evidence chain custody prosecutor prosecutors defense attorney attorneys disclosed disclosure withheld '
 'nondisclosure agreement accuracy error errors false positive positives demographic bias testing benchmark '
 'neighborhood neighborhoods deployment deployed fixed mobile trailer pole mounted intersection intersections '
 'grant funding budget cost costs annual subscription license licenses maintenance hardware software upgrade',
 ' ')) as w;

create temp table para(i int primary key, txt text);
insert into para
select p, upper(substr(t, 1, 1)) || substr(t, 2) || '.'
from (select p, string_agg(w.w, ' ' order by j) as t
      from generate_series(0, 1999) p
      cross join lateral generate_series(1, 45 + pg_temp.ri(p, 1, 50)) j
      join words w on w.i = pg_temp.ri(p * 1000 + j, 2, (select count(*) from words)::int)
      group by p) s;

-- ---------- Places, agencies ----------
create temp table places(i int primary key, name text);
insert into places
select row_number() over (order by a, b) - 1, a || b
from unnest(array['Cedar','Oak','Maple','Pine','River','Lake','Spring','Fair','Green','King','Ash','Brook','Mill',
                  'West','East','North','South','Clear','Stone','Iron','Silver','Gold','Red','Blue','White','Black',
                  'Elm','Willow','Bay','Harbor','Sun','Rock','Glen','High','Long','New','Old','Port','Mount','Star']) a
cross join unnest(array['ville','ton','field','wood','dale','port',' Falls',' Springs',' Heights',' Valley',
                        'burg','ford',' City',' Park','view','haven','mont','land',' Creek',' Grove',' Hills',
                        ' Junction',' Bend','water','ridge','side','gate',' Point',' Lake','brook']) b;

insert into agency (id, slug, name, kind, jurisdiction, website, contact_name, contact_email, contact_phone, created_at, updated_at)
select k, lower(regexp_replace(place || ' ' || label, '[^A-Za-z0-9]+', '-', 'g')) || '-' || k,
       place || ' ' || label, kind, place || ', ' || st,
       'https://www.' || lower(regexp_replace(place, '[^A-Za-z]', '', 'g')) || '.example.gov',
       'Records Officer ' || k, 'records' || k || '@' || lower(regexp_replace(place, '[^A-Za-z]', '', 'g')) || '.example.gov',
       '555-' || lpad((k % 10000)::text, 4, '0'), timestamptz '2015-01-01 00:00Z', timestamptz '2015-01-01 00:00Z'
from (select k, p.name as place,
             (array['AL','AZ','CA','CO','FL','GA','IL','MA','MD','MI','MN','NC','NY','OH','OR','PA','TX','VA','WA','WI'])[1 + pg_temp.ri(k, 12, 20)] as st,
             kr.kind, kr.label
      from generate_series(1, (select agencies from gen_size)) k
      join places p on p.i = pg_temp.ri(k, 11, (select count(*) from places)::int)
      cross join lateral (select case
              when r < 0.40 then 'POLICE' when r < 0.55 then 'SHERIFF' when r < 0.70 then 'SCHOOL_DISTRICT'
              when r < 0.75 then 'TRANSIT' when r < 0.83 then 'JAIL_CORRECTIONS' when r < 0.89 then 'PUBLIC_HEALTH'
              when r < 0.94 then 'HOUSING' when r < 0.97 then 'PARKS' else 'OTHER' end as kind
              from (select pg_temp.rnd(k, 10) as r) x) kk
      cross join lateral (select kk.kind, case kk.kind
              when 'POLICE' then 'Police Department' when 'SHERIFF' then 'County Sheriff''s Office'
              when 'SCHOOL_DISTRICT' then 'Unified School District' when 'TRANSIT' then 'Transit Authority'
              when 'JAIL_CORRECTIONS' then 'County Detention Center' when 'PUBLIC_HEALTH' then 'Public Health Department'
              when 'HOUSING' then 'Housing Authority' when 'PARKS' then 'Parks and Recreation Department'
              else 'Department of Public Works' end as label) kr) s;

-- ---------- Vendors: five clouds, ~60 parent companies, the rest independent or subsidiaries ----------
insert into vendor (id, slug, name, website, parent_id, created_at, updated_at)
select k, lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g')) || '-' || k, name,
       'https://' || lower(regexp_replace(name, '[^A-Za-z0-9]+', '', 'g')) || '.example.com',
       case when k > 65 and pg_temp.rnd(k, 21) < 0.15 then 6 + pg_temp.ri(k, 22, 60) end,
       timestamptz '2015-01-01 00:00Z', timestamptz '2015-01-01 00:00Z'
from (select k, case k when 1 then 'Amazon Web Services' when 2 then 'Microsoft Azure' when 3 then 'Google Cloud'
                   when 4 then 'Oracle Cloud' when 5 then 'IBM Cloud'
                   else (array['Sentinel','Northwind','Clearwater','Beacon','Ironclad','Skyward','Echo','Pathfinder',
                               'Cobalt','Vantage','Argus','Horizon','Summit','Aegis','Keystone','Lumen','Vector',
                               'Meridian','Atlas','Orion','Falcon','Granite','Harbor','Polaris','Quantum'])[1 + pg_temp.ri(k, 23, 25)]
                        || ' ' || (array['Analytics','Vision','Systems','Sensors','Forensics','Drones','Audio Labs',
                               'Location','Data','Cameras','Safety','Intelligence','Technologies','Solutions',
                               'Networks','Robotics','Software','Labs','Holdings','Security'])[1 + pg_temp.ri(k, 24, 20)]
              end as name
      from generate_series(1, (select vendors from gen_size)) k) s;

-- One Envers revision for the import of agencies and vendors.
insert into portal_revision (id, timestamp, username) values (1, 1420070400000, 'bulk-import');
insert into agency_aud select id, 1, 0, slug, name, kind, jurisdiction, website, contact_name, contact_email,
    contact_phone, created_at, updated_at from agency;
insert into vendor_aud select id, 1, 0, slug, name, website, parent_id, created_at, updated_at from vendor;

-- ---------- Disclosures (the current revision) ----------
create temp table cats(i int primary key, code text, label text, product text);
insert into cats values
 (0,'AUTOMATED_LICENSE_PLATE_READERS','Automated license plate readers','LPR'),
 (1,'BIOMETRIC_SURVEILLANCE','Biometric identification','BioID'),
 (2,'BODY_WORN_CAMERAS','Body-worn cameras','BodyCam'),
 (3,'CAMERA_NETWORKS','Camera network','CamNet'),
 (4,'CELL_SITE_SIMULATORS','Cell-site simulator','CellSim'),
 (5,'COMMUNITY_SURVEILLANCE_APPS','Community camera registry app','Neighbors'),
 (6,'DRONES_AND_ROBOTS','Drone program','Aerial'),
 (7,'ELECTRONIC_MONITORING','Electronic ankle monitoring','TrackBand'),
 (8,'FACE_RECOGNITION','Face recognition search','FaceMatch'),
 (9,'FORENSIC_EXTRACTION_TOOLS','Mobile phone forensic extraction','Extract'),
 (10,'GUNSHOT_DETECTION','Gunshot detection sensors','ShotAlert'),
 (11,'IOT_DEVICE_ACCESS','Smart streetlight sensors','StreetIQ'),
 (12,'DATABASES_AND_ANALYTICS','Investigative data platform','DataHub'),
 (13,'PREDICTIVE_POLICING','Predictive patrol forecasting','Forecast'),
 (14,'REAL_TIME_CRIME_CENTERS','Real-time crime center','RTCC'),
 (15,'LOCATION_TRACKING','Location data subscription','GeoTrace'),
 (16,'SOCIAL_MEDIA_MONITORING','Social media monitoring','SocialScan'),
 (17,'VIDEO_ANALYTICS','Video analytics','VisionAI'),
 (18,'WEAPONS_DETECTION','Weapons detection screening','SafeGate'),
 (19,'AUDIO_AND_CALL_MONITORING','Jail call monitoring and transcription','CallGuard');

-- Per-disclosure choices, computed once.
create temp table dpick as
select k,
       1 + floor((select agencies from gen_size) * pg_temp.rnd(k, 31) ^ 2)::int as agency_id,
       case when pg_temp.rnd(k, 32) < 0.1 then null
            else 6 + floor(((select vendors from gen_size) - 5) * pg_temp.rnd(k, 33) ^ 2)::int end as vendor_id,
       pg_temp.ri(k, 34, 20) as cat,
       pg_temp.rnd(k, 35) as r_host, pg_temp.rnd(k, 36) as r_nda, pg_temp.rnd(k, 37) as r_life,
       pg_temp.rnd(k, 38) as r_appr, pg_temp.rnd(k, 39) as r_rev,
       timestamptz '2015-01-01 00:00Z' + make_interval(secs => pg_temp.rnd(k, 40) * 6 * 365 * 86400) as first_at
from generate_series(1, (select disclosures from gen_size)) k;
update dpick set vendor_id = least(vendor_id, (select vendors from gen_size));

insert into disclosure (id, slug, agency_id, name, product, vendor_id, category, description, purpose, authorized_uses,
    prohibited_uses, benefits, legal_authority, cap_face_recognition, cap_real_time, cap_person_tracking,
    cap_audio_capture, cap_video_analytics, cap_sentiment_analysis, cap_transcription, other_capabilities, data_types,
    data_minimization, data_sources, retention_days, retention_indefinite, deletion_practice, access_controls,
    audit_of_use, public_access, hosting_type, hosting_provider_id, hosting_region, hosting_certifications,
    sharing_partners, deployment_locations, cost_initial, cost_annual, cost_personnel, currency, cost_items,
    funding_sources, contract_start, contract_renewal, contract_end, nda_status, nda_requires_records_notice,
    vendor_obligations, civil_liberties_assessment, training_and_oversight, alternatives_considered, lifecycle_status,
    retired_reason, approval_status, approval_body, approval_date, approval_legislation, approval_vote,
    approval_conditions, source_links, revision, first_submitted_at, submitted_at, submitted_by)
select p.k,
       left(lower(regexp_replace(a.slug || '-' || c.label, '[^A-Za-z0-9]+', '-', 'g')), 180) || '-' || p.k,
       p.agency_id,
       c.label || ' ' || (array['program','pilot','system','platform','service','network','expansion','project'])[1 + pg_temp.ri(p.k, 41, 8)]
           || ' (' || split_part(a.name, ' ', 1) || ')',
       coalesce(v.name, 'In-house') || ' ' || c.product || '-' || (100 + pg_temp.ri(p.k, 42, 900)),
       p.vendor_id, c.code,
       p1.txt || ' ' || p2.txt || ' ' || p3.txt,
       p4.txt,
       p5.txt || ' ' || p6.txt,
       p7.txt,
       case when pg_temp.rnd(p.k, 43) < 0.7 then p8.txt end,
       case when pg_temp.rnd(p.k, 44) < 0.5 then 'Municipal code section ' || (100 + pg_temp.ri(p.k, 45, 900)) || '.' || pg_temp.ri(p.k, 46, 99) end,
       c.code = 'FACE_RECOGNITION' or pg_temp.rnd(p.k, 50) < 0.04,
       pg_temp.rnd(p.k, 51) < 0.15, pg_temp.rnd(p.k, 52) < 0.10, c.code = 'AUDIO_AND_CALL_MONITORING' or pg_temp.rnd(p.k, 53) < 0.06,
       c.code = 'VIDEO_ANALYTICS' or pg_temp.rnd(p.k, 54) < 0.10, pg_temp.rnd(p.k, 55) < 0.02, pg_temp.rnd(p.k, 56) < 0.05,
       null,
       'Images, timestamps, locations and identifiers of ' || (array['vehicles','persons','devices','calls','accounts'])[1 + pg_temp.ri(p.k, 57, 5)] || '. ' || p9.txt,
       case when pg_temp.rnd(p.k, 58) < 0.5 then p10.txt end,
       jsonb_build_array(jsonb_build_object('name', c.label || ' captures', 'recordCount', 1000 + pg_temp.ri(p.k, 59, 5000000), 'notes', null)),
       case when pg_temp.rnd(p.k, 60) < 0.9 then (array[30, 60, 90, 180, 365, 730, 1825])[1 + pg_temp.ri(p.k, 61, 7)] end,
       pg_temp.rnd(p.k, 60) >= 0.9,
       p11.txt, p12.txt,
       case when pg_temp.rnd(p.k, 62) < 0.6 then p13.txt end,
       case when pg_temp.rnd(p.k, 63) < 0.3 then p14.txt end,
       h.hosting_type, h.provider,
       case when h.provider is not null then (array['us-east-1','us-west-2','US Gov West','Central US'])[1 + pg_temp.ri(p.k, 64, 4)] end,
       case when h.provider is not null then 'FedRAMP, CJIS' end,
       case when pg_temp.rnd(p.k, 65) < 0.6 then jsonb_build_array(
            jsonb_build_object('name', (array['State fusion center','FBI','ICE','County district attorney','Neighboring police departments','Private insurers'])[1 + pg_temp.ri(p.k, 66, 6)],
                               'level', (array['STATE','FEDERAL','FEDERAL','LOCAL','LOCAL','PRIVATE'])[1 + pg_temp.ri(p.k, 66, 6)],
                               'legalStandard', 'Written request', 'agreement', 'MOU ' || (2010 + pg_temp.ri(p.k, 67, 15))))
            else '[]'::jsonb end,
       jsonb_build_array(jsonb_build_object('place', 'District ' || (1 + pg_temp.ri(p.k, 68, 12)), 'mountedOn', 'Pole', 'mobility', null, 'signage', null)),
       round((pg_temp.rnd(p.k, 69) * 900000)::numeric, 2), round((pg_temp.rnd(p.k, 70) * 300000)::numeric, 2),
       case when pg_temp.rnd(p.k, 71) < 0.5 then round((pg_temp.rnd(p.k, 72) * 150000)::numeric, 2) end,
       'USD', '[]'::jsonb,
       jsonb_build_array(jsonb_build_object('kind', (array['BUDGET','GRANT','DONATION','FREE_TRIAL'])[1 + pg_temp.ri(p.k, 73, 4)],
            'description', 'Fiscal year ' || (2015 + pg_temp.ri(p.k, 74, 10)), 'amount', null, 'grantor', null, 'applicationHelpedBy', null)),
       (p.first_at - interval '90 days')::date, (p.first_at + interval '2 years')::date, (p.first_at + interval '5 years')::date,
       case when p.r_nda < 0.70 then 'NONE' when p.r_nda < 0.80 then 'SIGNED_PUBLISHED' else 'SIGNED_WITHHELD' end,
       p.r_nda >= 0.70 and pg_temp.rnd(p.k, 75) < 0.5,
       case when p.vendor_id is not null then p15.txt end,
       p16.txt || ' ' || p17.txt,
       case when pg_temp.rnd(p.k, 76) < 0.7 then p18.txt end,
       case when pg_temp.rnd(p.k, 77) < 0.4 then p19.txt end,
       life.status,
       case when life.status = 'RETIRED' then p20.txt end,
       appr.status,
       case when appr.status <> 'NOT_REVIEWED' then 'Privacy Advisory Commission' end,
       case when appr.status <> 'NOT_REVIEWED' then (p.first_at + make_interval(days => 60 + 120 * (rev.n - 1)))::date end,
       case when appr.status like 'APPROVED%' then 'Resolution ' || (2015 + pg_temp.ri(p.k, 78, 10)) || '-' || pg_temp.ri(p.k, 79, 500) end,
       case when appr.status like 'APPROVED%' then '5-2' end,
       case when appr.status = 'APPROVED_WITH_CONDITIONS' then p14.txt end,
       jsonb_build_array(jsonb_build_object('title', 'Surveillance use policy', 'url', 'https://records.example.gov/' || p.k, 'publishedOn', (p.first_at)::date)),
       rev.n, p.first_at, p.first_at + make_interval(days => 120 * (rev.n - 1)), 'staff@' || a.slug
from dpick p
join agency a on a.id = p.agency_id
left join vendor v on v.id = p.vendor_id
join cats c on c.i = p.cat
cross join lateral (select case when p.r_host < 0.30 then 'ON_PREMISES' when p.r_host < 0.75 then 'VENDOR_CLOUD' else 'PUBLIC_CLOUD' end as hosting_type) h0
cross join lateral (select h0.hosting_type, case when h0.hosting_type = 'ON_PREMISES' then null
                      when h0.hosting_type = 'VENDOR_CLOUD' and p.vendor_id is not null and pg_temp.rnd(p.k, 47) < 0.2 then p.vendor_id
                      else 1 + floor(5 * pg_temp.rnd(p.k, 48) ^ 1.5)::int end as provider) h
cross join lateral (select case when p.r_life < 0.10 then 'PROPOSED' when p.r_life < 0.20 then 'PILOT' when p.r_life < 0.90 then 'IN_USE' else 'RETIRED' end as status) life
cross join lateral (select case when p.r_appr < 0.30 then 'NOT_REVIEWED' when p.r_appr < 0.75 then 'APPROVED'
                      when p.r_appr < 0.87 then 'APPROVED_WITH_CONDITIONS' when p.r_appr < 0.95 then 'CHANGES_REQUESTED' else 'REJECTED' end as status) appr
cross join lateral (select case when p.r_rev < 0.35 then 1 when p.r_rev < 0.70 then 2 when p.r_rev < 0.90 then 3 else 4 end as n) rev
join para p1 on p1.i = pg_temp.ri(p.k, 101, 2000) join para p2 on p2.i = pg_temp.ri(p.k, 102, 2000)
join para p3 on p3.i = pg_temp.ri(p.k, 103, 2000) join para p4 on p4.i = pg_temp.ri(p.k, 104, 2000)
join para p5 on p5.i = pg_temp.ri(p.k, 105, 2000) join para p6 on p6.i = pg_temp.ri(p.k, 106, 2000)
join para p7 on p7.i = pg_temp.ri(p.k, 107, 2000) join para p8 on p8.i = pg_temp.ri(p.k, 108, 2000)
join para p9 on p9.i = pg_temp.ri(p.k, 109, 2000) join para p10 on p10.i = pg_temp.ri(p.k, 110, 2000)
join para p11 on p11.i = pg_temp.ri(p.k, 111, 2000) join para p12 on p12.i = pg_temp.ri(p.k, 112, 2000)
join para p13 on p13.i = pg_temp.ri(p.k, 113, 2000) join para p14 on p14.i = pg_temp.ri(p.k, 114, 2000)
join para p15 on p15.i = pg_temp.ri(p.k, 115, 2000) join para p16 on p16.i = pg_temp.ri(p.k, 116, 2000)
join para p17 on p17.i = pg_temp.ri(p.k, 117, 2000) join para p18 on p18.i = pg_temp.ri(p.k, 118, 2000)
join para p19 on p19.i = pg_temp.ri(p.k, 119, 2000) join para p20 on p20.i = pg_temp.ri(p.k, 120, 2000);

-- ---------- Envers history: one revision per submission ----------
-- Revision ids: 10 + 4 (k - 1) + n for revision n of disclosure k.
insert into portal_revision (id, timestamp, username)
select 10 + 4 * (d.id - 1) + n,
       (extract(epoch from d.first_submitted_at + make_interval(days => 120 * (n - 1))) * 1000)::bigint, d.submitted_by
from disclosure d cross join generate_series(1, d.revision) n;

-- Older revisions differ from the current one in their description, purpose and status.
insert into disclosure_aud
select d.id, 10 + 4 * (d.id - 1) + n, case when n = 1 then 0 else 1 end, d.slug, d.agency_id, d.name, d.product,
       d.vendor_id, d.category,
       case when n = d.revision then d.description else (select txt from para where i = pg_temp.ri(d.id * 10 + n, 130, 2000)) || ' ' || d.description end,
       case when n = d.revision then d.purpose else (select txt from para where i = pg_temp.ri(d.id * 10 + n, 131, 2000)) end,
       d.authorized_uses, d.prohibited_uses, d.benefits, d.legal_authority, d.cap_face_recognition, d.cap_real_time,
       d.cap_person_tracking, d.cap_audio_capture, d.cap_video_analytics, d.cap_sentiment_analysis, d.cap_transcription,
       d.other_capabilities, d.data_types, d.data_minimization, d.data_sources,
       case when n = d.revision then d.retention_days else coalesce(d.retention_days, 365) * 2 end,
       d.retention_indefinite, d.deletion_practice, d.access_controls, d.audit_of_use, d.public_access, d.hosting_type,
       d.hosting_provider_id, d.hosting_region, d.hosting_certifications, d.sharing_partners, d.deployment_locations,
       d.cost_initial, d.cost_annual, d.cost_personnel, d.currency, d.cost_items, d.funding_sources, d.contract_start,
       d.contract_renewal, d.contract_end, d.nda_status, d.nda_requires_records_notice, d.vendor_obligations,
       d.civil_liberties_assessment, d.training_and_oversight, d.alternatives_considered,
       case when n = d.revision then d.lifecycle_status else 'PROPOSED' end, case when n = d.revision then d.retired_reason end,
       case when n = d.revision then d.approval_status else 'CHANGES_REQUESTED' end,
       case when n = d.revision then d.approval_body end, case when n = d.revision then d.approval_date end,
       case when n = d.revision then d.approval_legislation end, case when n = d.revision then d.approval_vote end,
       case when n = d.revision then d.approval_conditions end, d.source_links, n, d.first_submitted_at,
       d.first_submitted_at + make_interval(days => 120 * (n - 1)), d.submitted_by
from disclosure d cross join generate_series(1, d.revision) n;

-- ---------- Comment periods (one per disclosure, opened by its last submission) and responses ----------
insert into comment_period (id, disclosure_id, opens_at, closes_at, created_by, created_at, updated_at)
select d.id, d.id, d.submitted_at, d.submitted_at + interval '30 days', d.submitted_by, d.submitted_at, d.submitted_at
from disclosure d;
-- The most recent tenth of submissions are still open for comment.
update comment_period set opens_at = timestamptz '2026-11-01 00:00Z' - make_interval(days => pg_temp.ri(id, 140, 20)),
    closes_at = timestamptz '2026-11-01 00:00Z' - make_interval(days => pg_temp.ri(id, 140, 20)) + interval '90 days'
where pg_temp.rnd(id, 141) < 0.1;

insert into comment_response (id, period_id, body_markdown, body_html, published_by, published_at, updated_at)
select cp.id, cp.id, p1.txt || E'\n\n' || p2.txt, '<p>' || p1.txt || '</p><p>' || p2.txt || '</p>',
       cp.created_by, cp.closes_at + interval '14 days', cp.closes_at + interval '14 days'
from comment_period cp
join para p1 on p1.i = pg_temp.ri(cp.id, 142, 2000) join para p2 on p2.i = pg_temp.ri(cp.id, 143, 2000)
where cp.closes_at < timestamptz '2026-11-01 00:00Z' and pg_temp.rnd(cp.id, 144) < 0.25;

-- ---------- Comments: a long tail (period m gets about m^-2/3 of them), 30% in identical-text campaigns ----------
create temp table campaigns(i int primary key, body text);
insert into campaigns
select c, 'I am a resident and I oppose this technology. ' || p1.txt || ' Please vote no and protect our privacy.'
from generate_series(0, 49) c join para p1 on p1.i = pg_temp.ri(c, 150, 2000);

insert into public_comment (id, period_id, tracking_number, display_name, email, body, status, reject_reason,
    moderated_by, moderated_at, submitted_at, locale)
select k, cp.id,
       'PC-' || t.code,
       case when pg_temp.rnd(k, 152) < 0.6 then (array['Maria','James','Aisha','Wei','Carlos','Fatima','John','Priya','Luis','Emily'])[1 + pg_temp.ri(k, 153, 10)]
            || ' ' || chr(65 + pg_temp.ri(k, 154, 26)) || '.' end,
       case when pg_temp.rnd(k, 155) < 0.3 then 'resident' || k || '@example.org' end,
       case when pg_temp.rnd(k, 156) < 0.3 then
               (select case when pg_temp.rnd(k, 157) < 0.3 then upper(body) else body end from campaigns where i = pg_temp.ri(k, 158, 50))
            else (select txt from para where i = pg_temp.ri(k, 159, 2000))
                 || case when pg_temp.rnd(k, 160) < 0.4 then ' ' || (select txt from para where i = pg_temp.ri(k, 161, 2000)) else '' end
       end,
       st.status,
       case when st.status = 'REJECTED' then 'OFF_TOPIC' when st.status = 'HIDDEN' then 'PERSONAL_INFORMATION' end,
       case when st.status <> 'PENDING' then 'moderator' end,
       case when st.status <> 'PENDING' then cp.opens_at + make_interval(secs => pg_temp.rnd(k, 162) * 30 * 86400) + interval '1 day' end,
       cp.opens_at + make_interval(secs => pg_temp.rnd(k, 162) * 30 * 86400),
       case when pg_temp.rnd(k, 163) < 0.15 then 'es' else 'en' end
from generate_series(1, (select comments from gen_size)) k
join comment_period cp on cp.id = 1 + floor((select disclosures from gen_size) * pg_temp.rnd(k, 151) ^ 3)::int
cross join lateral (select case when r < 0.85 then 'PUBLISHED' when r < 0.93 then 'PENDING' when r < 0.98 then 'REJECTED' else 'HIDDEN' end as status
                    from (select pg_temp.rnd(k, 164) as r) x) st
cross join lateral (select string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + ((k / (31::bigint ^ j)::bigint) % 31)::int, 1), '' order by j desc)
                           filter (where j >= 4)
                        || '-' || string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + ((k / (31::bigint ^ j)::bigint) % 31)::int, 1), '' order by j desc)
                           filter (where j < 4) as code
                    from generate_series(0, 7) j) t;

-- ---------- Annual reports: yearly, for approved technologies, most recent years first ----------
create temp table approved as
select row_number() over (order by id) as n, id, approval_date from disclosure where approval_status like 'APPROVED%';

insert into annual_report (id, disclosure_id, reporting_year, submitted_at, submitted_by, first_submitted_at, revision,
    usage_summary, data_collected, captured_non_suspects, usage_counts, geographic_breakdown, sharing,
    new_sharing_agreements, complaints_count, complaints_summary, policy_adequate, internal_audits, violations_count,
    violations_actions, breaches_count, breaches_summary, records_requests_count, effectiveness,
    effectiveness_statistics, disparate_impact, total_cost, personnel_cost, next_year_funding,
    requested_policy_changes, new_products)
select k, ap.id, y.year, s.at, 'staff', s.at, 1,
       p1.txt || ' ' || p2.txt, p3.txt, (array['YES','NO','UNKNOWN'])[1 + pg_temp.ri(k, 170, 3)],
       jsonb_build_array(jsonb_build_object('label', 'Searches', 'count', pg_temp.ri(k, 171, 50000)),
                         jsonb_build_object('label', 'Arrests', 'count', pg_temp.ri(k, 172, 500))),
       p4.txt, '[]'::jsonb, null, pg_temp.ri(k, 173, 20), p5.txt, p6.txt, p7.txt, pg_temp.ri(k, 174, 5), null,
       pg_temp.ri(k, 175, 2), null, pg_temp.ri(k, 176, 40), p8.txt,
       jsonb_build_array(jsonb_build_object('label', 'Hit rate', 'value', round((pg_temp.rnd(k, 177) * 10)::numeric, 2), 'unit', '%')),
       p9.txt, round((pg_temp.rnd(k, 178) * 400000)::numeric, 2), round((pg_temp.rnd(k, 179) * 100000)::numeric, 2),
       null, null, null
from generate_series(1, least((select reports from gen_size), (select count(*) * 8 from approved))) k
join approved ap on ap.n = 1 + (k - 1) % (select count(*) from approved)
cross join lateral (select 2025 - ((k - 1) / (select count(*) from approved))::int as year) y
cross join lateral (select make_timestamptz(y.year + 1, 3, 1, 0, 0, 0, 'UTC') + make_interval(days => pg_temp.ri(k, 180, 40)) as at) s
join para p1 on p1.i = pg_temp.ri(k, 181, 2000) join para p2 on p2.i = pg_temp.ri(k, 182, 2000)
join para p3 on p3.i = pg_temp.ri(k, 183, 2000) join para p4 on p4.i = pg_temp.ri(k, 184, 2000)
join para p5 on p5.i = pg_temp.ri(k, 185, 2000) join para p6 on p6.i = pg_temp.ri(k, 186, 2000)
join para p7 on p7.i = pg_temp.ri(k, 187, 2000) join para p8 on p8.i = pg_temp.ri(k, 188, 2000)
join para p9 on p9.i = pg_temp.ri(k, 189, 2000);

-- Their Envers revisions: ids after the disclosures' ones.
insert into portal_revision (id, timestamp, username)
select 10 + 4 * (select disclosures from gen_size) + r.id, (extract(epoch from r.submitted_at) * 1000)::bigint, 'staff'
from annual_report r;
insert into annual_report_aud
select r.id, 10 + 4 * (select disclosures from gen_size) + r.id, 0, r.disclosure_id, r.reporting_year, r.submitted_at,
       r.submitted_by, r.first_submitted_at, r.revision, r.usage_summary, r.data_collected, r.captured_non_suspects,
       r.usage_counts, r.geographic_breakdown, r.sharing, r.new_sharing_agreements, r.complaints_count,
       r.complaints_summary, r.policy_adequate, r.internal_audits, r.violations_count, r.violations_actions,
       r.breaches_count, r.breaches_summary, r.records_requests_count, r.effectiveness, r.effectiveness_statistics,
       r.disparate_impact, r.total_cost, r.personnel_cost, r.next_year_funding, r.requested_policy_changes,
       r.new_products
from annual_report r;

-- ---------- Board decisions: on every reviewed disclosure's revision, and on a quarter of the reports ----------
insert into board_review (id, disclosure_id, disclosure_revision, annual_report_id, hearing_date, hearing_place,
    decision, conditions, consent_agenda, votes_for, votes_against, votes_abstain, legislation, rationale,
    decided_by, decided_at)
select d.id, d.id, d.revision, null, d.approval_date, 'City Hall, Hearing Room 1',
       case d.approval_status when 'APPROVED' then 'APPROVE' when 'APPROVED_WITH_CONDITIONS' then 'APPROVE_WITH_CONDITIONS'
            when 'CHANGES_REQUESTED' then 'REQUEST_CHANGES' else 'REJECT' end,
       case when d.approval_status = 'APPROVED_WITH_CONDITIONS' then jsonb_build_array('Annual audit published', 'No sharing with federal immigration enforcement') else '[]'::jsonb end,
       pg_temp.rnd(d.id, 190) < 0.3, 5, 2, 0, d.approval_legislation, p1.txt, 'board',
       d.approval_date::timestamp at time zone 'UTC' + interval '18 hours'
from disclosure d join para p1 on p1.i = pg_temp.ri(d.id, 191, 2000)
where d.approval_status <> 'NOT_REVIEWED';

insert into board_review (id, disclosure_id, disclosure_revision, annual_report_id, annual_report_revision,
    hearing_date, hearing_place,
    decision, conditions, consent_agenda, votes_for, votes_against, votes_abstain, legislation, rationale,
    decided_by, decided_at)
select (select disclosures from gen_size) + r.id, r.disclosure_id, null, r.id, r.revision,
       (r.submitted_at + interval '60 days')::date,
       'City Hall, Hearing Room 1',
       case when pg_temp.rnd(r.id, 192) < 0.85 then 'CONTINUE' when pg_temp.rnd(r.id, 192) < 0.97 then 'MODIFY' else 'CEASE' end,
       '[]'::jsonb, true, null, null, null, null, p1.txt, 'board', r.submitted_at + interval '60 days'
from annual_report r join para p1 on p1.i = pg_temp.ri(r.id, 193, 2000)
where pg_temp.rnd(r.id, 194) < 0.25;

-- ---------- Sequences past the generated ids (Hibernate's pooled optimizer hands out blocks of 50) ----------
select setval('agency_seq', (select max(id) + 100 from agency));
select setval('vendor_seq', (select max(id) + 100 from vendor));
select setval('disclosure_seq', (select max(id) + 100 from disclosure));
select setval('comment_period_seq', (select max(id) + 100 from comment_period));
select setval('public_comment_seq', (select max(id) + 100 from public_comment));
select setval('comment_response_seq', (select coalesce(max(id), 0) + 100 from comment_response));
select setval('annual_report_seq', (select coalesce(max(id), 0) + 100 from annual_report));
select setval('board_review_seq', (select coalesce(max(id), 0) + 100 from board_review));
select setval('portal_revision_id_seq', (select max(id) + 1 from portal_revision));

vacuum (analyze) agency, vendor, agency_aud, vendor_aud, portal_revision, disclosure, disclosure_aud,
    comment_period, comment_response, public_comment, annual_report, annual_report_aud, board_review;
select (select count(*) from agency) as agencies, (select count(*) from vendor) as vendors,
       (select count(*) from disclosure) as disclosures, (select count(*) from disclosure_aud) as revisions,
       (select count(*) from public_comment) as comments, (select count(*) from annual_report) as reports,
       (select count(*) from board_review) as decisions;
