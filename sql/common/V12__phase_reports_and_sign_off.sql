-- Phase reports and the final summary (SPEC §5.5): the draft document beside each report,
-- messages with several attachments, and the sign-off of drafts before they go out.

-- the draft report document (.docx) a phase or final run compiled beside its workbook
alter table report_version add column draft_file varchar(1000);

-- every attachment of a message, one a line: content type, tab, the name recipients see, tab,
-- the file; attachment and attachment_name keep the first, as before
alter table mail_outbox add column attachments text;

-- a run whose report needs sign-off: its draft went to the reviewers (kind DRAFT) and the report
-- waits for an admin's approval; run_key is the run's identity, the same for every execution of it
create table report_signoff (
    run_key varchar(200) not null primary key,
    -- the execution that sent the draft and stopped to wait
    run_id bigint not null,
    deliverable varchar(50) not null,
    as_of date not null,
    drafted_at timestamp with time zone not null,
    -- set once, by the approval; the report goes to its recipients only after it
    approved_by varchar(200),
    approved_at timestamp with time zone,
    -- the document sent with the report: an edited .docx uploaded with the approval, else the draft
    approved_file varchar(1000)
);

create index report_signoff_identity on report_signoff (deliverable, as_of);
