-- Security review finding 2: approval belongs to the board.
-- What a revision of a decided disclosure changed that sent it back to the board (aspect codes, comma-separated;
-- null when it is not back before the board). Part of the public history, so the audit table has it too.
alter table disclosure add column material_changes varchar(200);
alter table disclosure_aud add column material_changes varchar(200);

-- A board review of an annual report records which revision of the report it decided, so that an amendment
-- submitted after the decision goes back into the queue. Existing reviews decided the report as it stands now.
alter table board_review add column annual_report_revision integer;
update board_review b set annual_report_revision = r.revision from annual_report r where r.id = b.annual_report_id;
alter table board_review add constraint board_review_report_revision_named
    check ((annual_report_id is null) = (annual_report_revision is null));
drop index board_review_once_per_report;
create unique index board_review_once_per_report_revision on board_review (annual_report_id, annual_report_revision)
    where annual_report_id is not null;
