package org.chunfeng.liveness;

/** What the heartbeat of a job execution says about it. */
public enum Liveness {

	/** Running in this JVM. */
	THIS_JVM,
	/** Another JVM runs it and its heartbeat is fresh. */
	ALIVE,
	/** Its JVM stopped (process gone, or heartbeat stale): it may be taken over. */
	DEAD

}
