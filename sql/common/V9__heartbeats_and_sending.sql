-- the job executions (deliverable runs, imports) running now, each renewed every few seconds by
-- the JVM that runs it (instance_id host:pid:start): another instance tells a dead run from a live
-- one by it, and takes a dead one over by claiming its row (issue #10)
create table job_heartbeat (
    job_execution_id bigint primary key,
    job_name varchar(100) not null,
    instance_id varchar(300) not null,
    started_at timestamp with time zone not null,
    beat_at timestamp with time zone not null,
    -- renewals so far: a claim names the count it saw, so only one instance wins it
    beats bigint not null default 0
);

-- a message is SENDING from just before the SMTP transaction (or the pickup-folder write) until
-- it is SENT or FAILED; one found SENDING after a crash is sent again with the same Message-ID and
-- flagged as a possible duplicate
alter table mail_outbox add column sending_at timestamp with time zone;
alter table mail_outbox add column possible_duplicate boolean not null default false;
