-- the client's address (logins, denied requests) and the run's number (runs) of an audit line
alter table audit_log add column address varchar(100);
alter table audit_log add column run_id bigint;
