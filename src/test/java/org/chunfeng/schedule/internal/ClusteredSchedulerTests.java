package org.chunfeng.schedule.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.chunfeng.TestDatabaseEnvironment.TestDatabase;
import org.chunfeng.schedule.ScheduledContextTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two instances on one PostgreSQL database with the product's Quartz settings. */
class ClusteredSchedulerTests extends ScheduledContextTest {

	private static final String SCHEDULER = "chunfeng-cluster-test";

	@Autowired
	DataSource dataSource;

	@Autowired
	QuartzProperties quartz;

	@Test
	void eachNearTermFiringRunsOnceAcrossTwoInstances() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(),
				"skipped: clustering needs PostgreSQL (H2 in memory is one process's database)");
		Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
		List<SchedulerFactoryBean> instances = new ArrayList<>();
		try {
			for (String id : List.of("one", "two")) {
				instances.add(instance(id, executions));
			}
			Scheduler first = instances.get(0).getObject();
			Date soon = Date.from(Instant.now().plusSeconds(3));
			for (int i = 0; i < 8; i++) {
				first.scheduleJob(JobBuilder.newJob(CountingJob.class).withIdentity("job" + i, "cluster-test").build(),
						TriggerBuilder.newTrigger().withIdentity("trigger" + i, "cluster-test").startAt(soon).build());
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> total(executions) >= 8);
			// a duplicate could only come from a trigger or a firing still in the store:
			// once none is left, every execution there will be has happened
			await().atMost(Duration.ofSeconds(30)).until(this::nothingLeftToFire);
			Map<String, Integer> counts = new TreeMap<>();
			executions.forEach((job, count) -> counts.put(job, count.get()));
			assertThat(counts).isEqualTo(
					Map.of("job0", 1, "job1", 1, "job2", 1, "job3", 1, "job4", 1, "job5", 1, "job6", 1, "job7", 1));
		}
		finally {
			for (SchedulerFactoryBean instance : instances) {
				instance.destroy();
			}
		}
	}

	private SchedulerFactoryBean instance(String id, Map<String, AtomicInteger> executions) throws Exception {
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		java.util.Properties properties = QuartzSetup.properties(this.quartz, this.dataSource);
		properties.put("org.quartz.scheduler.instanceName", SCHEDULER);
		properties.put("org.quartz.scheduler.instanceId", id);
		properties.put("org.quartz.threadPool.threadCount", "4");
		assertThat(properties).containsEntry("org.quartz.jobStore.isClustered", "true")
			.containsEntry("org.quartz.jobStore.driverDelegateClass",
					"org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
		factory.setQuartzProperties(properties);
		factory.setDataSource(this.dataSource);
		factory.setTransactionManager(new DataSourceTransactionManager(this.dataSource));
		factory.setJobFactory(new SpringBeanJobFactory());
		factory.setSchedulerContextAsMap(Map.of("executions", executions));
		factory.setBeanName("cluster-" + id);
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	/** Both instances' triggers have fired and their firings have completed. */
	private boolean nothingLeftToFire() {
		return this.jdbc.queryForObject("""
				select (select count(*) from qrtz_triggers where sched_name = ?)
				     + (select count(*) from qrtz_fired_triggers where sched_name = ?)
				""", Long.class, SCHEDULER, SCHEDULER) == 0;
	}

	private static int total(Map<String, AtomicInteger> executions) {
		return executions.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	/** Counts its executions per job in the map the test shares with both instances. */
	public static class CountingJob implements Job {

		@Override
		@SuppressWarnings("unchecked")
		public void execute(JobExecutionContext context) throws JobExecutionException {
			try {
				Map<String, AtomicInteger> executions = (Map<String, AtomicInteger>) context.getScheduler()
					.getContext()
					.get("executions");
				executions.computeIfAbsent(context.getJobDetail().getKey().getName(), (key) -> new AtomicInteger())
					.incrementAndGet();
			}
			catch (SchedulerException ex) {
				throw new JobExecutionException(ex);
			}
		}

	}

}
