package org.chunfeng.schedule.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.chunfeng.admin.AdminContextTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled run is in the audit log when it ends: actor 定时任务, its number and its real
 * outcome.
 */
class ScheduledRunAuditTests extends AdminContextTest {

	@Autowired
	FiringHandler handler;

	@Test
	void aScheduledRunIsAuditedWithItsNumberAndOutcome() {
		Instant now = Instant.now();
		this.handler.handle("weekly", "weekly-20240229",
				new TriggerData(TriggerData.Kind.RUN, LocalDate.of(2024, 2, 29), now.plus(Duration.ofHours(1)), false),
				now, "test");

		Long run = this.jdbc.queryForObject("select run_id from schedule_firing", Long.class);
		Map<String, Object> line = this.jdbc.queryForMap("select * from audit_log where action = 'RUN'");
		assertThat(line).containsEntry("username", "定时任务")
			.containsEntry("target", "weekly")
			.containsEntry("outcome", "COMPLETED")
			.containsEntry("detail", "运行 #" + run + "，截至 2024-02-29");
		assertThat(((Number) line.get("run_id")).longValue()).isEqualTo(run);
	}

}
