package org.chunfeng.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chunfeng.DatabaseCleaner;
import org.chunfeng.intake.city.Metric;
import org.chunfeng.intake.platform.CountyActivity;
import org.chunfeng.reconcile.CityReconciliation;
import org.chunfeng.reconcile.Reconciler;
import org.chunfeng.reconcile.Reconciliation;
import org.chunfeng.reconcile.ReconciliationFixtures;
import org.chunfeng.region.City;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A reconciliation is stored per run, once, with every figure and county. */
@SpringBootTest
class ReconciliationStorageTests {

	private static final LocalDate DUE = LocalDate.of(2024, 2, 29);

	@Autowired
	Reconciler reconciler;

	@Autowired
	ReconcileProperties properties;

	@Autowired
	Divisions divisions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void storesEveryFigureAndCountyOfEveryCity() {
		this.reconciler.store(41, reconciliation());

		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_city where run_id = 41", Long.class))
			.isEqualTo(11);
		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_metric where run_id = 41", Long.class))
			.isEqualTo(55);
		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_county where run_id = 41", Long.class))
			.isEqualTo(117);
		Map<String, Object> taiyuan = this.jdbc.queryForMap("""
				select as_of, city_name, submitted, submission_id from reconciliation_city
				where run_id = 41 and city_code = '1401'
				""");
		assertThat(taiyuan.get("as_of").toString()).isEqualTo("2024-02-29");
		assertThat(taiyuan).containsEntry("city_name", "太原市").containsEntry("submitted", true);
		assertThat(((Number) taiyuan.get("submission_id")).longValue()).isEqualTo(9L);
		Map<String, Object> fairs = this.jdbc.queryForMap("""
				select reported, platform, difference, status from reconciliation_metric
				where run_id = 41 and city_code = '1401' and metric = 'online_positions'
				""");
		assertThat((BigDecimal) fairs.get("reported")).isEqualByComparingTo("3400");
		assertThat(((Number) fairs.get("platform")).longValue()).isEqualTo(3390);
		assertThat((BigDecimal) fairs.get("difference")).isEqualByComparingTo("10");
		assertThat(fairs).containsEntry("status", "MISMATCH");
		Map<String, Object> missing = this.jdbc.queryForMap("""
				select reported, platform, difference, status from reconciliation_metric
				where run_id = 41 and city_code = '1402' and metric = 'online_fairs'
				""");
		assertThat(missing.get("reported")).isNull();
		assertThat(missing.get("difference")).isNull();
		assertThat(missing).containsEntry("status", "NOT_SUBMITTED");
		assertThat(this.jdbc.queryForList("""
				select county_name, platform_activities, platform_positions, claim, status from reconciliation_county
				where run_id = 41 and county_code in ('140105', '140106') order by county_code
				""")).containsExactly(
				Map.of("county_name", "小店区", "platform_activities", 2L, "platform_positions", 200L, "claim", "ACTIVE",
						"status", "CONFIRMED_ACTIVE"),
				Map.of("county_name", "迎泽区", "platform_activities", 0L, "platform_positions", 0L, "claim", "INACTIVE",
						"status", "CONFIRMED_INACTIVE"));
	}

	@Test
	void storingARunAgainReplacesItsRows() {
		this.reconciler.store(41, reconciliation());
		this.reconciler.store(42, reconciliation());
		this.reconciler.store(41, reconciliation());

		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_metric", Long.class)).isEqualTo(110);
		assertThat(this.jdbc.queryForObject("select count(*) from reconciliation_county where run_id = 41", Long.class))
			.isEqualTo(117);
	}

	@Test
	void toleranceDefaultsToExactAgreement() {
		assertThat(this.properties.tolerance().absolute()).isEqualByComparingTo("0");
		assertThat(this.properties.tolerance().relative()).isEqualByComparingTo("0");
	}

	private Reconciliation reconciliation() {
		ReconciliationRules rules = new ReconciliationRules(ReconcileProperties.Tolerance.EXACT);
		List<City> cities = this.divisions.cities();
		List<CityReconciliation> results = cities.stream().map((city) -> {
			if (city.code().equals("1401")) {
				return rules.reconcile(city,
						Optional.of(ReconciliationFixtures.submission(city, DUE)
							.id(9)
							.figures(Metric.ONLINE_POSITIONS, 3400)
							.active("140105")
							.inactive("140106")
							.build()),
						ReconciliationFixtures.platform(city, 1, 3390, 0, 0, 0, new CountyActivity("140105", 2, 200)));
			}
			return rules.reconcile(city, Optional.empty(), null);
		}).toList();
		return new Reconciliation(DUE, results);
	}

}
