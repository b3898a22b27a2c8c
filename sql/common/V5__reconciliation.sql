-- Reconciliation results (SPEC §4), stored per run so that a past run's discrepancies can be shown.
create table reconciliation_city (
    run_id bigint not null,
    as_of date not null,
    city_code varchar(12) not null,
    city_name varchar(60) not null,
    submitted boolean not null,
    submission_id bigint,
    primary key (run_id, city_code)
);

create table reconciliation_metric (
    run_id bigint not null,
    city_code varchar(12) not null,
    metric varchar(40) not null,
    reported numeric(18, 4),
    platform bigint not null,
    difference numeric(18, 4),
    status varchar(20) not null,
    primary key (run_id, city_code, metric)
);

create table reconciliation_county (
    run_id bigint not null,
    city_code varchar(12) not null,
    county_code varchar(12) not null,
    county_name varchar(60) not null,
    platform_activities bigint not null,
    platform_positions bigint not null,
    claim varchar(20) not null,
    status varchar(40) not null,
    primary key (run_id, county_code)
);
