package org.chunfeng.intake.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2 trigger that fails the staging of one line, as a crash in the middle of a file. */
public class FailingStagingTrigger implements Trigger {

	static final long FAILING_LINE = 15_002;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (((Number) newRow[1]).longValue() == FAILING_LINE) {
			throw new SQLException("injected failure at line " + FAILING_LINE);
		}
	}

}
