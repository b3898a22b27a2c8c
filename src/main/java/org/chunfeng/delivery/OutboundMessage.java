package org.chunfeng.delivery;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A message to put in the outbox.
 *
 * @param runKey the run's identity (deliverable, as-of, force token): restarts find their
 * messages by it
 * @param runId the run (job execution) that created it
 * @param to the recipients' addresses
 * @param attachments the files to attach, in order (a report's document and workbook)
 * @param inlineImage a PNG shown in the HTML body as {@code cid:chart}, or null
 */
public record OutboundMessage(String runKey, long runId, MailKind kind, List<String> to, String subject, String html,
		String text, List<Attachment> attachments, Path inlineImage) {

	/** Content-ID of the inline image in the HTML body. */
	public static final String INLINE_IMAGE_ID = "chart";

	/** The inline image's file name, for clients that list it beside the attachments. */
	public static final String INLINE_IMAGE_NAME = "各市岗位数.png";

	public OutboundMessage {
		to = List.copyOf(to);
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/**
	 * A message with one attachment, or none.
	 * @param attachment the workbook to attach, or null
	 * @param attachmentName the attachment's file name as recipients see it (may be
	 * Chinese); null for the file's own name
	 */
	public OutboundMessage(String runKey, long runId, MailKind kind, List<String> to, String subject, String html,
			String text, Path attachment, String attachmentName, Path inlineImage) {
		this(runKey, runId, kind, to, subject, html, text,
				(attachment != null) ? List.of(Attachment.of(attachment, attachmentName)) : List.of(), inlineImage);
	}

	/** The first attachment's file, or null. */
	public Path attachment() {
		return this.attachments.isEmpty() ? null : this.attachments.get(0).file();
	}

	/** The first attachment's name as recipients see it, or null. */
	public String attachmentName() {
		return this.attachments.isEmpty() ? null : this.attachments.get(0).name();
	}

	/**
	 * A file attached under the name recipients see.
	 *
	 * @param name may be Chinese; it is encoded for Chinese mail clients
	 * @param contentType its MIME type
	 */
	public record Attachment(Path file, String name, String contentType) {

		public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

		public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

		/** The type told by the file's extension (.xlsx, .docx; else octet-stream). */
		public static Attachment of(Path file, String name) {
			String shown = (name != null) ? name : file.getFileName().toString();
			String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
			String type = lower.endsWith(".docx") ? DOCX : lower.endsWith(".xlsx") ? XLSX : "application/octet-stream";
			return new Attachment(file, shown, type);
		}

	}

}
