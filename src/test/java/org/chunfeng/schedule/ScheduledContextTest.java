package org.chunfeng.schedule;

import org.chunfeng.DatabaseCleaner;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context shared by the scheduler and console tests: next year's
 * campaign, a changeable jobs/ copy, the pipeline faked, a 1 s misfire threshold, and the
 * scheduler not started (tests start it when they need it).
 */
// a scheduler name of its own: Quartz keeps data sources per scheduler name JVM-wide, and
// other test contexts (each with its own H2 database) must not take this one's
@SpringBootTest(properties = { "spring.quartz.properties.org.quartz.jobStore.misfireThreshold=1000",
		"spring.quartz.scheduler-name=chunfeng-schedule-tests" })
@Import(ScheduleTestSupport.FakeRunsConfiguration.class)
public abstract class ScheduledContextTest {

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected FakeDeliverableRuns runs;

	@DynamicPropertySource
	static void campaignAndJobs(DynamicPropertyRegistry registry) {
		ScheduleTestSupport.register(registry);
	}

	@BeforeEach
	void cleanDatabaseAndJobs() {
		DatabaseCleaner.clean(this.jdbc);
		ScheduleTestSupport.restoreJobs();
		this.runs.reset();
	}

}
