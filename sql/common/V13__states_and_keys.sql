-- Issue #12: the database refuses what the code would never write. Every state column lists
-- its allowed values (the names of the enum the code reads it with), reconciliation_metric
-- rows need their city's reconciliation row, and a city code is char(4) everywhere.

-- a message in the outbox (delivery.MailState, delivery.MailKind; NOTICE: a discrepancy
-- notice as versions before DISCREPANCY stored it)
alter table mail_outbox add constraint mail_outbox_state_check
    check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED'));
alter table mail_outbox add constraint mail_outbox_kind_check
    check (kind in ('REPORT', 'DISCREPANCY', 'REFUSAL', 'REMINDER', 'DRAFT', 'ALERT', 'NOTICE'));

-- a scheduler firing and an alert to the admins (schedule.FiringOutcome, schedule.Alert.Kind);
-- SKIPPED, named in V7, was never written. varchar(20) could not hold COMPLETED_WITH_FAILURES
-- (23 characters): the firing of a run that ended so could not be recorded
alter table schedule_firing alter column outcome set data type varchar(30);
alter table schedule_firing add constraint schedule_firing_outcome_check
    check (outcome in ('COMPLETED', 'COMPLETED_WITH_FAILURES', 'AWAITING_APPROVAL', 'FAILED', 'ALREADY_RUNNING',
        'MISSED'));
alter table schedule_alert add constraint schedule_alert_kind_check
    check (kind in ('AT_RISK', 'MISSED'));

-- an audit line (audit.AuditOutcome): an action's outcome, or how a run ended
-- (deliverable.RunStatus, Spring Batch's statuses and ours; the longest has 23 characters)
alter table audit_log alter column outcome set data type varchar(30);
alter table audit_log add constraint audit_log_outcome_check
    check (outcome in ('OK', 'FAILED', 'REFUSED', 'THROTTLED', 'DENIED', 'SUBMITTED', 'DUPLICATE', 'ALREADY_DONE',
        'COMPLETED', 'STARTING', 'STARTED', 'STOPPING', 'STOPPED', 'ABANDONED', 'UNKNOWN', 'COMPLETED_WITH_FAILURES',
        'INTERRUPTED', 'AWAITING_APPROVAL', 'APPROVED'));

-- an import attempt (intake.platform.PlatformImport.Outcome; a city file's outcome is lower
-- case, as it has been since V3)
alter table platform_import add constraint platform_import_outcome_check
    check (outcome in ('LOADED', 'REFUSED', 'DUPLICATE', 'RUNNING', 'FAILED'));
alter table city_import_file add constraint city_import_file_outcome_check
    check (outcome in ('accepted', 'partial', 'refused', 'duplicate'));

-- a run's reconciliation (reconcile.SubmissionStatus, MetricStatus, CountyCheck.Claim,
-- CountyStatus); reconciliation_city.status is null in rows stored before V8
alter table reconciliation_city add constraint reconciliation_city_status_check
    check (status in ('ON_TIME', 'LATE', 'CARRIED_FORWARD', 'REFUSED', 'NOT_SUBMITTED'));
alter table reconciliation_metric add constraint reconciliation_metric_status_check
    check (status in ('MATCH', 'MISMATCH', 'PLATFORM_STALE', 'NOT_SUBMITTED'));
alter table reconciliation_county add constraint reconciliation_county_claim_check
    check (claim in ('ACTIVE', 'INACTIVE', 'NOT_LISTED'));
alter table reconciliation_county add constraint reconciliation_county_status_check
    check (status in ('CONFIRMED_ACTIVE', 'CONFIRMED_INACTIVE', 'CLAIMED_WITHOUT_PLATFORM_RECORD',
        'PLATFORM_ACTIVITY_NOT_CLAIMED', 'NOT_LISTED', 'PLATFORM_STALE', 'NOT_SUBMITTED'));
alter table reconciliation_completeness add constraint reconciliation_completeness_status_check
    check (status in ('ON_TIME', 'LATE', 'CARRIED_FORWARD', 'REFUSED', 'NOT_SUBMITTED'));

-- a city code is 4 digits (1401), as in config/divisions.csv and the platform tables; stored
-- codes are all 4 digits, so each converts as it is (county codes, 6 digits, stay as they are)
alter table city_submission alter column city_code set data type char(4);
alter table city_refusal alter column city_code set data type char(4);
alter table reconciliation_city alter column city_code set data type char(4);
alter table reconciliation_metric alter column city_code set data type char(4);
alter table reconciliation_county alter column city_code set data type char(4);
alter table reconciliation_refusal alter column city_code set data type char(4);
alter table reconciliation_completeness alter column city_code set data type char(4);

-- a city's figures belong to its reconciliation row (both are written and deleted together,
-- in one transaction, by ReconciliationStore)
alter table reconciliation_metric add constraint reconciliation_metric_city
    foreign key (run_id, city_code) references reconciliation_city (run_id, city_code);

-- platform_activity.import_id has no foreign key to platform_import, on purpose. On PostgreSQL the
-- key's check costs every row a lookup and a row lock in platform_import, and a first import puts
-- every row of the file straight into platform_activity (binary COPY). Measured (PostgreSQL 15,
-- 2 cores shared with other builds, load 11-13): 1,000,000 rows COPYed into an empty
-- platform_activity (fillfactor 50, as V11), 5 alternating runs each, medians:
--   without the key  9.07 s wall (7.04-11.73), 3.50 s CPU of the server backend (3.26-3.81)
--   with the key    21.58 s wall (20.37-26.61), 8.04 s CPU of the server backend (7.89-11.72)
-- i.e. 2.3 times the server's work and +4.5 s CPU per million rows: not the few percent a key may
-- cost on this path (README: a first import takes about 5 s all told for a million rows). Every
-- import_id is written from the platform_import row the import created before its first row, and
-- platform_import rows are never deleted.
