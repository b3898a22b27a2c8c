package org.chunfeng.deliverable.internal;

import org.chunfeng.liveness.JobHeartbeats;
import org.chunfeng.logging.RunLog;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * One job per deliverable run (SPEC §6): ingest platform exports, ingest city workbooks,
 * reconcile, compile, deliver. (deliverable, as-of) identify the instance, so a completed
 * report is not compiled and sent again unless forced; a failed run restarts from its
 * failed step.
 */
@Configuration(proxyBeanMethods = false)
class DeliverableJobConfiguration {

	@Bean
	Job deliverableJob(JobRepository jobRepository, Step ingestPlatformStep, Step ingestCityReportsStep,
			Step reconcileStep, Step compileStep, Step deliverStep, JobHeartbeats heartbeats,
			RunEndedPublisher runEnded, RunLog runLog) {
		// the heartbeat tells other instances this run is alive (issue #10); the end of
		// each run goes to the audit log; the log follows the run (issue #12)
		return new JobBuilder(RunKeys.JOB_NAME, jobRepository).listener(runLog)
			.listener(heartbeats)
			.listener(runEnded)
			.start(ingestPlatformStep)
			.next(ingestCityReportsStep)
			.next(reconcileStep)
			.next(compileStep)
			.next(deliverStep)
			.build();
	}

	@Bean
	Step ingestPlatformStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets, RunLog runLog) {
		return step("ingestPlatformStep", jobRepository, transactionManager, tasklets::ingestPlatform, runLog);
	}

	@Bean
	Step ingestCityReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets, RunLog runLog) {
		return step("ingestCityReportsStep", jobRepository, transactionManager, tasklets::ingestCityReports, runLog);
	}

	@Bean
	Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets, RunLog runLog) {
		return step("reconcileStep", jobRepository, transactionManager, tasklets::reconcile, runLog);
	}

	@Bean
	Step compileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets, RunLog runLog) {
		return step("compileStep", jobRepository, transactionManager, tasklets::compile, runLog);
	}

	@Bean
	Step deliverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets, RunLog runLog) {
		return step("deliverStep", jobRepository, transactionManager, tasklets::deliver, runLog);
	}

	/**
	 * Outside a transaction: the imports launch their own jobs and commit file by file,
	 * and a message marked SENT must stay so even when a later one fails.
	 */
	private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			org.springframework.batch.core.step.tasklet.Tasklet tasklet, RunLog runLog) {
		return new StepBuilder(name, jobRepository).listener(runLog)
			.tasklet(tasklet, transactionManager)
			.transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
			.allowStartIfComplete(false)
			.build();
	}

}
