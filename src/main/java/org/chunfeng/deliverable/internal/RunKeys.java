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

	/**
	 * Only present on previews ({@code --no-mail}): a new token makes a new job instance,
	 * so that a preview never completes the identity of the run that sends.
	 */
	static final String PREVIEW = "preview";

	static final String SEND_MAIL = "sendMail";

	static final String REQUESTED_BY = "requestedBy";

	/**
	 * Exit code of a deliver step whose messages all went out but to permanently rejected
	 * recipients (not starting with COMPLETED, so that the job's exit status keeps it).
	 */
	static final String SENT_WITH_FAILURES = "SENT_WITH_FAILURES";

	/**
	 * Exit code of a deliver step that sent a draft for sign-off and stopped the run to
	 * wait for its approval (SPEC §5.5).
	 */
	static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";

	/**
	 * Job execution context key of the compiled workbook, relative to the work folder.
	 */
	static final String REPORT = "report";

	/**
	 * Job execution context key of the draft report document, relative to the work
	 * folder.
	 */
	static final String DRAFT = "draft";

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private RunKeys() {
	}

	/**
	 * Deliverable, as-of and force token (or preview token): what the outbox's
	 * Message-IDs derive from.
	 */
	static String runKey(JobParameters parameters) {
		String force = parameters.getString(FORCE);
		String preview = parameters.getString(PREVIEW);
		return parameters.getString(DELIVERABLE) + "/" + parameters.getLocalDate(AS_OF)
				+ ((force != null) ? "/" + force : "") + ((preview != null) ? "/preview-" + preview : "");
	}

	/** The run sends mail (it is not a preview). */
	static boolean sendsMail(JobParameters parameters) {
		return parameters.getParameter(SEND_MAIL) != null
				&& Boolean.TRUE.equals(parameters.getParameter(SEND_MAIL).value());
	}

	static String chineseDate(LocalDate date) {
		return date.format(CHINESE_DATE);
	}

}
