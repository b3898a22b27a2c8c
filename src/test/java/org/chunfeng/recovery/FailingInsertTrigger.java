package org.chunfeng.recovery;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2 trigger that fails every insert into its table, as a step failing mid-run. */
public class FailingInsertTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("injected failure");
	}

}
