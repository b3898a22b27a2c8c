package org.chunfeng.reconcile.internal;

import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.CountyCheck;
import org.chunfeng.reconcile.MetricCheck;
import org.chunfeng.reconcile.Reconciliation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconciliation tables. A run's rows are replaced as a whole, so that a restarted
 * run stores its result once.
 */
@Repository
class ReconciliationStore {

	private final JdbcTemplate jdbc;

	ReconciliationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void store(long runId, Reconciliation reconciliation) {
		this.jdbc.update("delete from reconciliation_county where run_id = ?", runId);
		this.jdbc.update("delete from reconciliation_metric where run_id = ?", runId);
		this.jdbc.update("delete from reconciliation_city where run_id = ?", runId);
		List<Object[]> cities = new ArrayList<>();
		List<Object[]> metrics = new ArrayList<>();
		List<Object[]> counties = new ArrayList<>();
		for (CityReconciliation city : reconciliation.cities()) {
			cities.add(new Object[] { runId, Date.valueOf(reconciliation.asOf()), city.city().code(),
					city.city().name(), city.submitted(), city.submission().map((sub) -> sub.id()).orElse(null) });
			for (MetricCheck check : city.metrics()) {
				metrics.add(new Object[] { runId, city.city().code(), check.metric().key(), check.reported(),
						check.platform(), check.difference(), check.status().name() });
			}
			for (CountyCheck check : city.counties()) {
				counties.add(new Object[] { runId, city.city().code(), check.countyCode(), check.countyName(),
						check.platformActivities(), check.platformPositions(), check.claim().name(),
						check.status().name() });
			}
		}
		this.jdbc.batchUpdate("""
				insert into reconciliation_city (run_id, as_of, city_code, city_name, submitted, submission_id)
				values (?, ?, ?, ?, ?, ?)
				""", cities,
				new int[] { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.BIGINT });
		this.jdbc.batchUpdate("""
				insert into reconciliation_metric (run_id, city_code, metric, reported, platform, difference, status)
				values (?, ?, ?, ?, ?, ?, ?)
				""", metrics, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.BIGINT,
				Types.NUMERIC, Types.VARCHAR });
		this.jdbc.batchUpdate("""
				insert into reconciliation_county
				  (run_id, city_code, county_code, county_name, platform_activities, platform_positions, claim, status)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", counties);
	}

}
