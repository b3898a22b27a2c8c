package org.chunfeng.deliverable.internal;

import org.chunfeng.deliverable.RunEnded;
import org.chunfeng.deliverable.RunStatus;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the application (the audit log) how each run of the deliverable job ended. */
@Component
class RunEndedPublisher implements JobExecutionListener {

	private final ApplicationEventPublisher events;

	private final JobRepository jobRepository;

	RunEndedPublisher(ApplicationEventPublisher events, JobRepository jobRepository) {
		this.events = events;
		this.jobRepository = jobRepository;
	}

	@Override
	public void afterJob(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		String failedStep = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus() == BatchStatus.FAILED)
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse(null);
		Boolean sendMail = parameters.getParameter(RunKeys.SEND_MAIL) != null
				? (Boolean) parameters.getParameter(RunKeys.SEND_MAIL).value() : Boolean.TRUE;
		// stopped after sending its draft: it waits for approval, it did not fail
		boolean awaiting = execution.getStatus() == BatchStatus.STOPPED && execution.getStepExecutions()
			.stream()
			.anyMatch((step) -> RunKeys.AWAITING_APPROVAL.equals(step.getExitStatus().getExitCode()));
		this.events.publishEvent(new RunEnded(execution.getId(), parameters.getString(RunKeys.DELIVERABLE),
				parameters.getLocalDate(RunKeys.AS_OF),
				awaiting ? RunStatus.AWAITING_APPROVAL : RunStatus.of(execution.getStatus()),
				parameters.getString(RunKeys.REQUESTED_BY), parameters.getString(RunKeys.FORCE) != null,
				!Boolean.FALSE.equals(sendMail),
				this.jobRepository.getJobExecutions(execution.getJobInstance()).size() > 1, failedStep,
				awaiting ? null : BatchDeliverableRuns.summary(execution.getExitStatus().getExitDescription())));
	}

}
