package org.chunfeng.deliverable.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chunfeng.YamlFiles;
import org.chunfeng.campaign.Campaigns;
import org.chunfeng.deliverable.Deliverable;
import org.chunfeng.deliverable.Deliverable.Anchor;
import org.chunfeng.deliverable.Deliverables;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import static org.chunfeng.YamlFiles.require;

/**
 * Reads every {@code *.yml} in {@code chunfeng.deliverables.location}
 * ({@link DeliverablesProperties}; the bundled {@code jobs/} by default). Read on each
 * call, so that a changed file is seen by the next scheduler sync; checked at start-up so
 * a broken file stops the start.
 */
@Component
class ConfiguredDeliverables implements Deliverables {

	private static final List<String> ORDER = List.of("weekly", "reminder", "phase1", "phase2", "final");

	private final String location;

	private final Campaigns campaigns;

	ConfiguredDeliverables(DeliverablesProperties properties, Campaigns campaigns) {
		String location = properties.location();
		this.location = location.endsWith("/") ? location : location + "/";
		this.campaigns = campaigns;
		all();
	}

	@Override
	public List<Deliverable> all() {
		List<Deliverable> deliverables = new ArrayList<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(this.location + "*.yml")) {
				deliverables.add(read(file));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list deliverable files in " + this.location, ex);
		}
		deliverables.sort(Comparator.comparingInt((Deliverable d) -> rank(d.id())).thenComparing(Deliverable::id));
		return deliverables;
	}

	@Override
	public Optional<Deliverable> find(String id) {
		return all().stream().filter((deliverable) -> deliverable.id().equals(id)).findFirst();
	}

	private Deliverable read(Resource file) {
		String source = "job file " + file.getDescription();
		DeliverableFile content = YamlFiles.read(source, file, DeliverableFile.class);
		require(content.id() != null && content.id().matches("[a-z0-9-]+"), source,
				"id must be lower-case letters, digits and '-'");
		require(content.title() != null, source, "title is required");
		require(content.asOf() != null, source, "as-of is required (due-date, day-before-deadline, campaign-end)");
		require(content.schedule() != null && content.schedule().anchor() != null, source,
				"schedule.anchor is required (weekly-due-dates or deadline)");
		DeliverableFile.ScheduleEntry schedule = content.schedule();
		require(schedule.times() != null && !schedule.times().isEmpty(), source, "schedule.times lists no time");
		if (schedule.anchor() == Anchor.DEADLINE) {
			require(schedule.deadline() != null, source, "schedule.deadline is required with on: deadline");
			require(this.campaigns.current().deadlines().containsKey(schedule.deadline()), source,
					"schedule.deadline '" + schedule.deadline() + "' is not a deadline of the campaign");
		}
		if (content.draft() != null) {
			List<String> problems = content.draft().problems();
			require(problems.isEmpty(), source, String.join("; ", problems));
			String since = content.draft().progressSince();
			require(since == null || this.campaigns.current().deadlines().containsKey(since), source,
					"draft.progress-since '" + since + "' is not a deadline of the campaign");
			require(!content.sheets().isEmpty(), source, "a draft document needs the report's sheets");
		}
		require(!content.signOff() || !content.signOffTo().isEmpty(), source, "sign-off-to names no recipient group");
		return new Deliverable(content.id(), content.title(),
				(content.subject() != null) ? content.subject() : "【春风行动】" + content.title(), content.asOf(),
				content.sheets(), content.recipients(), content.cityNotices(),
				new Deliverable.Schedule(schedule.anchor(), schedule.deadline(), schedule.leadDays(), schedule.times(),
						schedule.deadlineTime(), schedule.retryEvery(), schedule.alertMargin()),
				content.signOff(), content.signOffTo(), content.draft());
	}

	private static int rank(String id) {
		int index = ORDER.indexOf(id);
		return (index >= 0) ? index : ORDER.size();
	}

}
