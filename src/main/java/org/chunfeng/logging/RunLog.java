package org.chunfeng.logging;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Logs each job's and step's start and end, with their counts and failures, and keeps the
 * run's id (and its deliverable or import) in the logging context while the job runs, so
 * that every line the run causes can be found by its id. Registered as a listener of the
 * job and of each of its steps.
 */
@Component
public class RunLog implements JobExecutionListener, StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(RunLog.class);

	/** Longest exit description logged; the job repository keeps the whole. */
	private static final int DESCRIPTION = 300;

	/** The logging context of each running execution, put back when it ends. */
	private final Map<Long, LogContext.Scope> scopes = new ConcurrentHashMap<>();

	@Override
	public void beforeJob(JobExecution execution) {
		var parameters = execution.getJobParameters();
		LogContext.Scope scope = LogContext.open()
			.putIfAbsent(LogContext.RUN, execution.getId())
			.put(LogContext.DELIVERABLE, value(parameters.getParameter("deliverable")))
			.put(LogContext.IMPORT, value(parameters.getParameter("importId")));
		LogContext.Scope earlier = this.scopes.put(execution.getId(), scope);
		if (earlier != null) {
			earlier.close();
		}
		logger.info("{} {} (instance {}) started: {}", execution.getJobInstance().getJobName(), execution.getId(),
				execution.getJobInstance().getInstanceId(), parameters(execution));
	}

	@Override
	public void afterJob(JobExecution execution) {
		try {
			String line = "%s %d %s in %s (exit %s)".formatted(execution.getJobInstance().getJobName(),
					execution.getId(), execution.getStatus(), took(execution.getStartTime(), execution.getEndTime()),
					execution.getExitStatus().getExitCode());
			if (execution.getStatus().isUnsuccessful()) {
				logger.warn("{}: {}", line,
						failures(execution.getAllFailureExceptions(), execution.getExitStatus().getExitDescription()));
			}
			else {
				logger.info(line);
			}
		}
		finally {
			LogContext.Scope scope = this.scopes.remove(execution.getId());
			if (scope != null) {
				scope.close();
			}
		}
	}

	@Override
	public void beforeStep(StepExecution step) {
		logger.info("step {} started", step.getStepName());
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		String line = "step %s %s in %s: read %d, written %d, filtered %d, skipped %d, commits %d, rollbacks %d"
			.formatted(step.getStepName(), step.getStatus(), took(step.getStartTime(), step.getEndTime()),
					step.getReadCount(), step.getWriteCount(), step.getFilterCount(), step.getSkipCount(),
					step.getCommitCount(), step.getRollbackCount());
		if (step.getStatus().isUnsuccessful() || step.getStatus() == BatchStatus.UNKNOWN) {
			logger.warn("{}: {}", line,
					failures(step.getFailureExceptions(), step.getExitStatus().getExitDescription()));
		}
		else {
			String description = firstLine(step.getExitStatus().getExitDescription());
			logger.info(description.isEmpty() ? line : line + " (" + description + ")");
		}
		return null;
	}

	/** The parameters as {@code name=value}, identifying ones first. */
	private static String parameters(JobExecution execution) {
		return execution.getJobParameters()
			.parameters()
			.stream()
			.sorted((a, b) -> Boolean.compare(b.identifying(), a.identifying()))
			.map((parameter) -> parameter.name() + "=" + value(parameter))
			.collect(Collectors.joining(", "));
	}

	private static Object value(JobParameter<?> parameter) {
		return (parameter != null) ? parameter.value() : null;
	}

	/** What failed, in one line: the exceptions' messages, else the exit description. */
	private static String failures(List<Throwable> failures, String description) {
		if (failures.isEmpty()) {
			return firstLine(description);
		}
		return failures.stream().map(RunLog::describe).distinct().collect(Collectors.joining("; "));
	}

	/** The exception and, when another, the innermost cause, which says what happened. */
	private static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String described = failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage());
		return (cause == failure) ? described : described + " (cause " + cause.getClass().getSimpleName() + ": "
				+ firstLine(cause.getMessage()) + ")";
	}

	private static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String line = text.strip().split("\\R", 2)[0];
		return (line.length() > DESCRIPTION) ? line.substring(0, DESCRIPTION) + "…" : line;
	}

	/** The duration, to the millisecond; until now while the end is not yet recorded. */
	private static String took(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "?";
		}
		Duration took = Duration.between(start, (end != null) ? end : LocalDateTime.now());
		return String.format(Locale.ROOT, "%.3f s", took.toMillis() / 1000.0);
	}

}
