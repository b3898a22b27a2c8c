package org.chunfeng.recovery;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 trigger that fails the loading of line 1001 every time (the line is the last column
 * of platform_activity).
 */
public class QuarantineTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (((Number) newRow[newRow.length - 1]).longValue() == 1001) {
			throw new SQLException("injected failure");
		}
	}

}
