package org.chunfeng.deliverable;

/**
 * A run that cannot be started or restarted as asked: it is running already, or its
 * (deliverable, as-of) has been completed since. The message is one Chinese sentence
 * naming the run that is in the way.
 */
public class RunConflictException extends IllegalStateException {

	public RunConflictException(String message) {
		super(message);
	}

	public RunConflictException(String message, Throwable cause) {
		super(message, cause);
	}

}
