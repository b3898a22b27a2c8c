package org.chunfeng;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.campaign.CampaignCalendar;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverables;
import org.chunfeng.region.City;
import org.chunfeng.region.County;
import org.chunfeng.region.Divisions;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The application starts on the test database with every migration of sql/ applied, in
 * order, Spring Batch's and Quartz's tables in place, and the bundled config/ and jobs/
 * loaded: the 2024 campaign, Shanxi's 11 cities and 117 counties, the five deliverables
 * and the two batch jobs with their steps.
 */
@SpringBootTest
class ApplicationStartTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Divisions divisions;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Deliverables deliverables;

	@Autowired
	Map<String, Job> jobs;

	@Test
	void appliesEveryMigrationOfItsDatabaseInOrder() throws IOException {
		List<String> applied = this.jdbc.queryForList("""
				select version || ' ' || description from flyway_schema_history
				where success and version is not null order by installed_rank
				""", String.class);

		assertThat(applied).startsWith("1 spring batch", "2 quartz").containsExactlyElementsOf(migrations());
	}

	@Test
	void createsSpringBatchAndQuartzTables() {
		List<String> tables = this.jdbc.queryForList("""
				select lower(table_name) from information_schema.tables
				where table_schema = current_schema()
				  and (lower(table_name) like 'batch\\_%' or lower(table_name) like 'qrtz\\_%')
				""", String.class);

		assertThat(tables).containsExactlyInAnyOrder("batch_job_instance", "batch_job_execution",
				"batch_job_execution_params", "batch_job_execution_context", "batch_step_execution",
				"batch_step_execution_context", "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers",
				"qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars",
				"qrtz_paused_trigger_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");
	}

	@Test
	void loadsTheElevenCitiesOfShanxiWithTheirHundredAndSeventeenCountiesInReferenceOrder() {
		assertThat(this.divisions.province()).isEqualTo("山西省");
		assertThat(this.divisions.cities())
			.extracting((city) -> city.code() + " " + city.name() + " " + city.counties().size())
			.containsExactly("1401 太原市 10", "1402 大同市 10", "1403 阳泉市 5", "1404 长治市 12", "1405 晋城市 6", "1406 朔州市 6",
					"1407 晋中市 11", "1408 运城市 13", "1409 忻州市 14", "1410 临汾市 17", "1411 吕梁市 13");
		assertThat(this.divisions.counties()).hasSize(117);
		for (City city : this.divisions.cities()) {
			assertThat(city.counties()).extracting(County::cityCode).containsOnly(city.code());
			assertThat(city.counties()).extracting(County::code).allMatch((code) -> code.startsWith(city.code()));
		}
		City taiyuan = this.divisions.cities().get(0);
		assertThat(taiyuan.counties().get(0)).isEqualTo(new County("140105", "小店区", "1401"));
	}

	@Test
	void runsTheCampaignOf2024() {
		CampaignCalendar campaign = this.campaigns.current();

		assertThat(campaign.year()).isEqualTo(2024);
		assertThat(campaign.name()).isEqualTo("2024年春风行动");
		assertThat(campaign.deadline("final")).isEqualTo(LocalDate.of(2024, 4, 10));
	}

	@Test
	void loadsTheFiveDeliverablesOfJobs() {
		assertThat(this.deliverables.all()).extracting(Deliverable::id, Deliverable::title)
			.containsExactlyInAnyOrder(tuple("weekly", "春风行动开展情况统计表"), tuple("reminder", "春风行动统计表报送提醒"),
					tuple("phase1", "春风行动春节前阶段性活动进展"), tuple("phase2", "春风行动第二次阶段性活动进展"), tuple("final", "春风行动整体总结"));
	}

	@Test
	void definesTheDeliverableAndPlatformImportJobsWithTheirStepsInOrder() {
		Map<String, List<String>> steps = new TreeMap<>();
		this.jobs.forEach((bean, job) -> steps.put(bean + " " + job.getName(),
				List.copyOf(((ListableStepLocator) job).getStepNames())));

		assertThat(steps).containsExactly(
				entry("deliverableJob deliverableJob",
						List.of("ingestPlatformStep", "ingestCityReportsStep", "reconcileStep", "compileStep",
								"deliverStep")),
				entry("platformImportJob platformImportJob", List.of("platformLoadStep", "platformMergeStep")));
	}

	/**
	 * {@code version description} of every migration file of sql/common and of this
	 * database's folder, in version order.
	 */
	private static List<String> migrations() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("common", TestDatabase.isPostgres() ? "postgresql" : "h2")) {
			try (Stream<Path> listed = Files.list(Path.of("sql", folder))) {
				files
					.addAll(listed.filter((file) -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).toList());
			}
		}
		return files.stream()
			.map((file) -> file.getFileName().toString().replaceFirst("\\.sql$", "").split("__", 2))
			.sorted(Comparator.comparingInt((String[] name) -> Integer.parseInt(name[0].substring(1))))
			.map((name) -> name[0].substring(1) + " " + name[1].replace('_', ' '))
			.toList();
	}

}
