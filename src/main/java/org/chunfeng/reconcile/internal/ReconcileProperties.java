package org.chunfeng.reconcile.internal;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code config/reconcile.yml}: how far a city's figure may be from the platform's and
 * still match, and when the platform data is fresh enough to compare with.
 */
@ConfigurationProperties("chunfeng.reconcile")
record ReconcileProperties(@DefaultValue Tolerance tolerance, @DefaultValue Freshness freshness) {

	/**
	 * A figure matches when |reported − platform| ≤ max(absolute, relative × platform).
	 *
	 * @param absolute allowed difference in units of the figure
	 * @param relative allowed difference as a share of the platform's figure (0.02 = 2 %)
	 */
	record Tolerance(@DefaultValue("0") BigDecimal absolute, @DefaultValue("0") BigDecimal relative) {

		static final Tolerance EXACT = new Tolerance(BigDecimal.ZERO, BigDecimal.ZERO);

		Tolerance {
			if (absolute.signum() < 0 || relative.signum() < 0) {
				throw new IllegalArgumentException("chunfeng.reconcile.tolerance: absolute (" + absolute
						+ ") and relative (" + relative + ") must not be negative");
			}
		}

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
	record Freshness(@DefaultValue("PREVIOUS_DUE_TIME") ImportedAfter importedAfter,
			@DefaultValue("true") boolean requireActivities, @DefaultValue("P7D") Duration newestRecordWithin) {

		static final Freshness DEFAULT = new Freshness(ImportedAfter.PREVIOUS_DUE_TIME, true, Duration.ofDays(7));

		Freshness {
			if (newestRecordWithin != null && newestRecordWithin.isNegative()) {
				throw new IllegalArgumentException("chunfeng.reconcile.freshness.newest-record-within ("
						+ newestRecordWithin + ") must not be negative");
			}
		}

	}

	enum ImportedAfter {

		PREVIOUS_DUE_TIME, ANY_IMPORT

	}

}
