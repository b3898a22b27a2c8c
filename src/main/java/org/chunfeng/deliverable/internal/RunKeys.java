package org.chunfeng.deliverable.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.batch.core.job.parameters.JobParameters;

/** The job parameters of a deliverable run and the run's identity. */
final class RunKeys {

	static final String JOB_NAME = "deliverableJob";

	static final String DELIVERABLE = "deliverable";

	static final String AS_OF = "asOf";

	/** Only present on forced runs: a new token makes a new job instance. */
	static final String FORCE = "force";

	static final String SEND_MAIL = "sendMail";

	static final String REQUESTED_BY = "requestedBy";

	/**
	 * Exit code of a deliver step whose messages all went out but to permanently rejected
	 * recipients (not starting with COMPLETED, so that the job's exit status keeps it).
	 */
	static final String SENT_WITH_FAILURES = "SENT_WITH_FAILURES";

	/**
	 * Job execution context key of the compiled workbook, relative to the work folder.
	 */
	static final String REPORT = "report";

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private RunKeys() {
	}

	/** Deliverable, as-of and force token: what the outbox's Message-IDs derive from. */
	static String runKey(JobParameters parameters) {
		String force = parameters.getString(FORCE);
		return parameters.getString(DELIVERABLE) + "/" + parameters.getLocalDate(AS_OF)
				+ ((force != null) ? "/" + force : "");
	}

	static String chineseDate(LocalDate date) {
		return date.format(CHINESE_DATE);
	}

}
