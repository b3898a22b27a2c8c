package org.chunfeng.reconcile;

/** How a city's reported figure compares with the platform's. */
public enum MetricStatus {

	/** within tolerance */
	MATCH,
	/** outside tolerance */
	MISMATCH,
	/** the city has not submitted for the reporting date */
	NOT_SUBMITTED

}
