package org.chunfeng.intake.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 trigger that fails the insert of one line into platform_activity, as a crash in the
 * middle of a file.
 */
public class FailingActivityTrigger implements Trigger {

	/** platform_activity's last column. */
	private static final int LINE = 14;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (((Number) newRow[LINE]).longValue() == FailingStagingTrigger.FAILING_LINE) {
			throw new SQLException("injected failure at line " + FailingStagingTrigger.FAILING_LINE);
		}
	}

}
