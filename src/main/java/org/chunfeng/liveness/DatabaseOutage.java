package org.chunfeng.liveness;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database connection (down, restarted, connection killed) — which
 * the same work survives when retried later — from a failure of the work itself.
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	/** Whether the failure, or one of its causes, is the database being unreachable. */
	public static boolean isCause(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
			if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
					|| cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 08: connection exception; 57P01-57P03: the server shut down or the connection was
	 * terminated (pg_terminate_backend).
	 */
	private static boolean connectionLost(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

}
