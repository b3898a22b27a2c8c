package org.chunfeng.deliverable.internal;

import org.chunfeng.liveness.JobHeartbeats;

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
			RunEndedPublisher runEnded) {
		// the heartbeat tells other instances this run is alive (issue #10); the end of
		// each run goes to the audit log
		return new JobBuilder(RunKeys.JOB_NAME, jobRepository).listener(heartbeats)
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
			DeliverableTasklets tasklets) {
		return step("ingestPlatformStep", jobRepository, transactionManager, tasklets::ingestPlatform);
	}

	@Bean
	Step ingestCityReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets) {
		return step("ingestCityReportsStep", jobRepository, transactionManager, tasklets::ingestCityReports);
	}

	@Bean
	Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets) {
		return step("reconcileStep", jobRepository, transactionManager, tasklets::reconcile);
	}

	@Bean
	Step compileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets) {
		return step("compileStep", jobRepository, transactionManager, tasklets::compile);
	}

	@Bean
	Step deliverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverableTasklets tasklets) {
		return step("deliverStep", jobRepository, transactionManager, tasklets::deliver);
	}

	/**
	 * Outside a transaction: the imports launch their own jobs and commit file by file,
	 * and a message marked SENT must stay so even when a later one fails.
	 */
	private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			org.springframework.batch.core.step.tasklet.Tasklet tasklet) {
		return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
			.transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
			.allowStartIfComplete(false)
			.build();
	}

}
