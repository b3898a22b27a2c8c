package org.chunfeng.deliverable.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.chunfeng.deliverable.Deliverable.Anchor;
import org.chunfeng.deliverable.Deliverable.AsOfRule;
import org.chunfeng.report.DraftOutline;

import org.springframework.boot.context.properties.bind.DefaultValue;

/** The layout of a jobs/*.yml file, bound by Spring's relaxed binder. */
record DeliverableFile(String id, String title, String subject, AsOfRule asOf, @DefaultValue List<String> sheets,
		@DefaultValue List<String> recipients, @DefaultValue("false") boolean cityNotices, ScheduleEntry schedule,
		@DefaultValue("false") boolean signOff, @DefaultValue("staff") List<String> signOffTo, DraftOutline draft) {

	record ScheduleEntry(Anchor anchor, String deadline, @DefaultValue("0") int leadDays, List<LocalTime> times,
			@DefaultValue("23:59") LocalTime deadlineTime, @DefaultValue("PT1H") Duration retryEvery,
			@DefaultValue("PT2H") Duration alertMargin) {
	}

}
