package org.chunfeng.schedule.internal;

import java.util.List;

import org.chunfeng.delivery.AlertProperties;
import org.chunfeng.delivery.MailKind;
import org.chunfeng.delivery.MailRecipients;
import org.chunfeng.delivery.MailState;
import org.chunfeng.delivery.OutboundMessage;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.schedule.Alert;
import org.chunfeng.schedule.AlertSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends an alert to the admins' recipient group through the delivery outbox (recorded
 * before it is sent, retried, never twice; SMTP or the .eml pickup folder).
 */
@WhereTheSchedulerRuns
@Component
class MailAlertSender implements AlertSender {

	private static final Logger logger = LoggerFactory.getLogger(MailAlertSender.class);

	private final AlertProperties settings;

	private final MailRecipients recipients;

	private final Outbox outbox;

	MailAlertSender(AlertProperties settings, MailRecipients recipients, Outbox outbox) {
		this.settings = settings;
		this.recipients = recipients;
		this.outbox = outbox;
	}

	@Override
	public List<String> send(Alert alert) {
		logger.warn("{}: {}", alert.subject(), alert.body());
		List<String> to = this.recipients.group(this.settings.group());
		if (to.isEmpty()) {
			logger.warn("recipient group '{}' is empty: the alert above is only logged", this.settings.group());
			return to;
		}
		String runKey = "alert:" + alert.deliverable() + ":" + alert.asOf() + ":" + alert.kind();
		this.outbox.enqueue(List.of(new OutboundMessage(runKey, 0L, MailKind.ALERT, to, alert.subject(),
				"<p>" + HtmlUtils.htmlEscape(alert.body()) + "</p>", alert.body(), null, null, null)));
		for (OutboxEntry entry : this.outbox.sendPending(runKey, 0L)) {
			if (entry.state() != MailState.SENT) {
				throw new IllegalStateException("alert '" + alert.subject() + "' not sent: " + entry.lastError());
			}
		}
		return to;
	}

}
