package org.chunfeng.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * A message to put in the outbox.
 *
 * @param runKey the run's identity (deliverable, as-of, force token): restarts find their
 * messages by it
 * @param runId the run (job execution) that created it
 * @param kind REPORT, NOTICE or REMINDER
 * @param to the recipients' addresses
 * @param attachment the workbook to attach, or null
 * @param attachmentName the attachment's file name as recipients see it (may be Chinese)
 * @param inlineImage a PNG shown in the HTML body as {@code cid:chart}, or null
 */
public record OutboundMessage(String runKey, long runId, String kind, List<String> to, String subject, String html,
		String text, Path attachment, String attachmentName, Path inlineImage) {

	/** Content-ID of the inline image in the HTML body. */
	public static final String INLINE_IMAGE_ID = "chart";

	public OutboundMessage {
		to = List.copyOf(to);
	}

}
