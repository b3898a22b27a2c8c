package org.chunfeng.deliverable.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chunfeng.deliverable.RefusalNotices;
import org.chunfeng.deliverable.RunMail;
import org.chunfeng.delivery.Outbox;
import org.chunfeng.delivery.OutboxEntry;
import org.chunfeng.intake.city.CityRefusal;
import org.chunfeng.intake.city.CityRefusals;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 退回通知 of an upload, through the outbox: queued and noted as told in one transaction,
 * then sent. Its key names the refusals it tells of, so that it is never queued twice.
 */
@Component
class OutboxRefusalNotices implements RefusalNotices {

	private final CityRefusals refusals;

	private final MessageComposer composer;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	OutboxRefusalNotices(CityRefusals refusals, MessageComposer composer, Outbox outbox,
			PlatformTransactionManager transactionManager) {
		this.refusals = refusals;
		this.composer = composer;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public List<RunMail> sendNow() {
		List<CityRefusal> unnoticed = this.refusals.unnoticed();
		if (unnoticed.isEmpty()) {
			return List.of();
		}
		String key = "refusal/" + unnoticed.get(0).id() + "-" + unnoticed.get(unnoticed.size() - 1).id();
		List<MessageComposer.Composed> composed = this.composer.refusalNotices(unnoticed, key);
		List<String> told = composed.stream().map(MessageComposer.Composed::city).toList();
		List<Long> ids = unnoticed.stream()
			.filter((refusal) -> told.contains(refusal.cityName()))
			.map(CityRefusal::id)
			.toList();
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(composed.stream().map(MessageComposer.Composed::message).toList());
			this.refusals.markNoticed(ids, key, Instant.now());
		});
		List<RunMail> mail = new ArrayList<>();
		for (OutboxEntry entry : this.outbox.sendPending(key, 0L)) {
			String city = composed.stream()
				.filter((message) -> message.message().to().equals(entry.to()))
				.map(MessageComposer.Composed::city)
				.findFirst()
				.orElse(null);
			mail.add(new RunMail(entry.to(), entry.subject(), entry.kind(), city, RunMail.Status.of(entry.state()),
					entry.lastError()));
		}
		return mail;
	}

}
