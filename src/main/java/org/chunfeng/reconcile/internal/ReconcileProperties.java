package org.chunfeng.reconcile.internal;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code config/reconcile.yml}: how far a city's figure may be from the platform's and
 * still match, and when the platform data is fresh enough to compare with.
 */
@ConfigurationProperties("chunfeng.reconcile")
@Validated
record ReconcileProperties(@NotNull @Valid Tolerance tolerance, @NotNull @Valid Freshness freshness) {

	/**
	 * A figure matches when |reported − platform| ≤ max(absolute, relative × platform).
	 *
	 * @param absolute allowed difference in units of the figure
	 * @param relative allowed difference as a share of the platform's figure (0.02 = 2 %)
	 */
	record Tolerance(@NotNull @PositiveOrZero BigDecimal absolute, @NotNull @PositiveOrZero BigDecimal relative) {

		static final Tolerance EXACT = new Tolerance(BigDecimal.ZERO, BigDecimal.ZERO);

	}

	/**
	 * When the platform data is fresh for a period (SPEC §4.1).
	 *
	 * @param importedAfter PREVIOUS_DUE_TIME: an export imported after the previous
	 * weekly due date's due time (for the first period, any); ANY_IMPORT: any export
	 * @param requireActivities the platform must also count activities for the period
	 * @param newestRecordWithin the newest activity record (its 更新时间) must be at most
	 * this long before the period's due time: an export whose records stop earlier cannot
	 * vouch for the activities since; null: not checked
	 */
	record Freshness(@NotNull ImportedAfter importedAfter, @NotNull Boolean requireActivities,
			@DurationMin Duration newestRecordWithin) {

	}

	enum ImportedAfter {

		PREVIOUS_DUE_TIME, ANY_IMPORT

	}

}
